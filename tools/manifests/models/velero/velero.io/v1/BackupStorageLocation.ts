import { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { Model, ModelData, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { ValidateFunc } from "@kubernetes-models/validate";
import { validate } from "../../_schemas/VeleroIoV1BackupStorageLocation";

/**
 * BackupStorageLocation is a location where Velero stores backup objects
 */
export interface IBackupStorageLocation {
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
  "kind": "BackupStorageLocation";
  "metadata"?: IObjectMeta;
  /**
   * BackupStorageLocationSpec defines the desired state of a Velero BackupStorageLocation
   */
  "spec"?: {
    /**
     * AccessMode defines the permissions for the backup storage location.
     */
    "accessMode"?: "ReadOnly" | "ReadWrite";
    /**
     * BackupSyncPeriod defines how frequently to sync backup API objects from object storage. A value of 0 disables sync.
     */
    "backupSyncPeriod"?: string;
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
     * Default indicates this location is the default backup storage location.
     */
    "default"?: boolean;
    /**
     * ObjectStorageLocation specifies the settings necessary to connect to a provider's object storage.
     */
    "objectStorage": {
      /**
       * Bucket is the bucket to use for object storage.
       */
      "bucket": string;
      /**
       * CACert defines a CA bundle to use when verifying TLS connections to the provider.
       * Deprecated: Use CACertRef instead.
       */
      "caCert"?: string;
      /**
       * CACertRef is a reference to a Secret containing the CA certificate bundle to use
       * when verifying TLS connections to the provider. The Secret must be in the same
       * namespace as the BackupStorageLocation.
       */
      "caCertRef"?: {
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
       * Prefix is the path inside a bucket to use for Velero storage. Optional.
       */
      "prefix"?: string;
    };
    /**
     * Provider is the provider of the backup storage.
     */
    "provider": string;
    /**
     * ValidationFrequency defines how frequently to validate the corresponding object storage. A value of 0 disables validation.
     */
    "validationFrequency"?: string;
  };
  /**
   * BackupStorageLocationStatus defines the observed state of BackupStorageLocation
   */
  "status"?: {
    /**
     * AccessMode is an unused field.
     * 
     * Deprecated: there is now an AccessMode field on the Spec and this field
     * will be removed entirely as of v2.0.
     */
    "accessMode"?: "ReadOnly" | "ReadWrite";
    /**
     * LastSyncedRevision is the value of the `metadata/revision` file in the backup
     * storage location the last time the BSL's contents were synced into the cluster.
     * 
     * Deprecated: this field is no longer updated or used for detecting changes to
     * the location's contents and will be removed entirely in v2.0.
     */
    "lastSyncedRevision"?: string;
    /**
     * LastSyncedTime is the last time the contents of the location were synced into
     * the cluster.
     */
    "lastSyncedTime"?: string;
    /**
     * LastValidationTime is the last time the backup store location was validated
     * the cluster.
     */
    "lastValidationTime"?: string;
    /**
     * Message is a message about the backup storage location's status.
     */
    "message"?: string;
    /**
     * Phase is the current state of the BackupStorageLocation.
     */
    "phase"?: "Available" | "Unavailable";
  };
}

/**
 * BackupStorageLocation is a location where Velero stores backup objects
 */
export class BackupStorageLocation extends Model<IBackupStorageLocation> implements IBackupStorageLocation {
  "apiVersion": IBackupStorageLocation["apiVersion"];
  "kind": IBackupStorageLocation["kind"];
  "metadata"?: IBackupStorageLocation["metadata"];
  "spec"?: IBackupStorageLocation["spec"];
  "status"?: IBackupStorageLocation["status"];

static apiVersion: IBackupStorageLocation["apiVersion"] = "velero.io/v1";
static kind: IBackupStorageLocation["kind"] = "BackupStorageLocation";
static is = createTypeMetaGuard<IBackupStorageLocation>(BackupStorageLocation);

constructor(data?: ModelData<IBackupStorageLocation>) {
  super();

  this.setDefinedProps({
    apiVersion: BackupStorageLocation.apiVersion,
    kind: BackupStorageLocation.kind,
    ...data
  } as IBackupStorageLocation);
}
}


setValidateFunc(BackupStorageLocation, validate as ValidateFunc<IBackupStorageLocation>);
