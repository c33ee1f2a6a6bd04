import { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { Model, ModelData, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { ValidateFunc } from "@kubernetes-models/validate";
import { validate } from "../../_schemas/VeleroIoV1VolumeSnapshotLocation";

/**
 * VolumeSnapshotLocation is a location where Velero stores volume snapshots.
 */
export interface IVolumeSnapshotLocation {
  /**
   * APIVersion defines the versioned schema of this representation of an object.
   * Servers should convert recognized schemas to the latest internal value, and
   * may reject unrecognized values.
   * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
   */
  "apiVersion": "velero.io/v1";
  /**
   * Kind is a string value representing the REST resource this object represents.
   * Servers may infer this from the endpoint the client submits requests to.
   * Cannot be updated.
   * In CamelCase.
   * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
   */
  "kind": "VolumeSnapshotLocation";
  "metadata"?: IObjectMeta;
  /**
   * VolumeSnapshotLocationSpec defines the specification for a Velero VolumeSnapshotLocation.
   */
  "spec"?: {
    /**
     * Config is for provider-specific configuration fields.
     */
    "config"?: {
      [key: string]: string;
    };
    /**
     * Credential contains the credential information intended to be used with this location
     */
    "credential"?: {
      /**
       * The key of the secret to select from.  Must be a valid secret key.
       */
      "key": string;
      /**
       * Name of the referent.
       * This field is effectively required, but due to backwards compatibility is
       * allowed to be empty. Instances of this type with an empty value here are
       * almost certainly wrong.
       * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
       */
      "name"?: string;
      /**
       * Specify whether the Secret or its key must be defined
       */
      "optional"?: boolean;
    };
    /**
     * Provider is the provider of the volume storage.
     */
    "provider": string;
  };
  /**
   * VolumeSnapshotLocationStatus describes the current status of a Velero VolumeSnapshotLocation.
   */
  "status"?: {
    /**
     * VolumeSnapshotLocationPhase is the lifecycle phase of a Velero VolumeSnapshotLocation.
     */
    "phase"?: "Available" | "Unavailable";
  };
}

/**
 * VolumeSnapshotLocation is a location where Velero stores volume snapshots.
 */
export class VolumeSnapshotLocation extends Model<IVolumeSnapshotLocation> implements IVolumeSnapshotLocation {
  "apiVersion": IVolumeSnapshotLocation["apiVersion"];
  "kind": IVolumeSnapshotLocation["kind"];
  "metadata"?: IVolumeSnapshotLocation["metadata"];
  "spec"?: IVolumeSnapshotLocation["spec"];
  "status"?: IVolumeSnapshotLocation["status"];

static apiVersion: IVolumeSnapshotLocation["apiVersion"] = "velero.io/v1";
static kind: IVolumeSnapshotLocation["kind"] = "VolumeSnapshotLocation";
static is = createTypeMetaGuard<IVolumeSnapshotLocation>(VolumeSnapshotLocation);

constructor(data?: ModelData<IVolumeSnapshotLocation>) {
  super();

  this.setDefinedProps({
    apiVersion: VolumeSnapshotLocation.apiVersion,
    kind: VolumeSnapshotLocation.kind,
    ...data
  } as IVolumeSnapshotLocation);
}
}


setValidateFunc(VolumeSnapshotLocation, validate as ValidateFunc<IVolumeSnapshotLocation>);
