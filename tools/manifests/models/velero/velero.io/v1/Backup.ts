import { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { Model, ModelData, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { ValidateFunc } from "@kubernetes-models/validate";
import { validate } from "../../_schemas/VeleroIoV1Backup";

/**
 * Backup is a Velero resource that represents the capture of Kubernetes
 * cluster state at a point in time (API objects and associated volume state).
 */
export interface IBackup {
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
  "kind": "Backup";
  "metadata"?: IObjectMeta;
  /**
   * BackupSpec defines the specification for a Velero backup.
   */
  "spec"?: {
    /**
     * CSISnapshotTimeout specifies the time used to wait for CSI VolumeSnapshot status turns to
     * ReadyToUse during creation, before returning error as timeout.
     * The default value is 10 minute.
     */
    "csiSnapshotTimeout"?: string;
    /**
     * DataMover specifies the data mover to be used by the backup.
     * If DataMover is "" or "velero", the built-in data mover will be used.
     */
    "datamover"?: string;
    /**
     * DefaultVolumesToFsBackup specifies whether pod volume file system backup should be used
     * for all volumes by default.
     */
    "defaultVolumesToFsBackup"?: boolean;
    /**
     * DefaultVolumesToRestic specifies whether restic should be used to take a
     * backup of all pod volumes by default.
     * 
     * Deprecated: this field is no longer used and will be removed entirely in future. Use DefaultVolumesToFsBackup instead.
     */
    "defaultVolumesToRestic"?: boolean;
    /**
     * ExcludedClusterScopedResources is a slice of cluster-scoped
     * resource type names to exclude from the backup.
     * If set to "\*", all cluster-scoped resource types are excluded.
     * The default value is empty.
     */
    "excludedClusterScopedResources"?: Array<string>;
    /**
     * ExcludedNamespaceScopedResources is a slice of namespace-scoped
     * resource type names to exclude from the backup.
     * If set to "\*", all namespace-scoped resource types are excluded.
     * The default value is empty.
     */
    "excludedNamespaceScopedResources"?: Array<string>;
    /**
     * ExcludedNamespaces contains a list of namespaces that are not
     * included in the backup.
     */
    "excludedNamespaces"?: Array<string>;
    /**
     * ExcludedResources is a slice of resource names that are not
     * included in the backup.
     */
    "excludedResources"?: Array<string>;
    /**
     * Hooks represent custom behaviors that should be executed at different phases of the backup.
     */
    "hooks"?: {
      /**
       * Resources are hooks that should be executed when backing up individual instances of a resource.
       */
      "resources"?: Array<{
        /**
         * ExcludedNamespaces specifies the namespaces to which this hook spec does not apply.
         */
        "excludedNamespaces"?: Array<string>;
        /**
         * ExcludedResources specifies the resources to which this hook spec does not apply.
         */
        "excludedResources"?: Array<string>;
        /**
         * IncludedNamespaces specifies the namespaces to which this hook spec applies. If empty, it applies
         * to all namespaces.
         */
        "includedNamespaces"?: Array<string>;
        /**
         * IncludedResources specifies the resources to which this hook spec applies. If empty, it applies
         * to all resources.
         */
        "includedResources"?: Array<string>;
        /**
         * LabelSelector, if specified, filters the resources to which this hook spec applies.
         */
        "labelSelector"?: {
          /**
           * matchExpressions is a list of label selector requirements. The requirements are ANDed.
           */
          "matchExpressions"?: Array<{
            /**
             * key is the label key that the selector applies to.
             */
            "key": string;
            /**
             * operator represents a key's relationship to a set of values.
             * Valid operators are In, NotIn, Exists and DoesNotExist.
             */
            "operator": string;
            /**
             * values is an array of string values. If the operator is In or NotIn,
             * the values array must be non-empty. If the operator is Exists or DoesNotExist,
             * the values array must be empty. This array is replaced during a strategic
             * merge patch.
             */
            "values"?: Array<string>;
          }>;
          /**
           * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
           * map is equivalent to an element of matchExpressions, whose key field is "key", the
           * operator is "In", and the values array contains only "value". The requirements are ANDed.
           */
          "matchLabels"?: {
            [key: string]: string;
          };
        };
        /**
         * Name is the name of this hook.
         */
        "name": string;
        /**
         * PostHooks is a list of BackupResourceHooks to execute after storing the item in the backup.
         * These are executed after all "additional items" from item actions are processed.
         */
        "post"?: Array<{
          /**
           * Exec defines an exec hook.
           */
          "exec": {
            /**
             * Command is the command and arguments to execute.
             */
            "command": Array<string>;
            /**
             * Container is the container in the pod where the command should be executed. If not specified,
             * the pod's first container is used.
             */
            "container"?: string;
            /**
             * OnError specifies how Velero should behave if it encounters an error executing this hook.
             */
            "onError"?: "Continue" | "Fail";
            /**
             * Timeout defines the maximum amount of time Velero should wait for the hook to complete before
             * considering the execution a failure.
             */
            "timeout"?: string;
          };
        }>;
        /**
         * PreHooks is a list of BackupResourceHooks to execute prior to storing the item in the backup.
         * These are executed before any "additional items" from item actions are processed.
         */
        "pre"?: Array<{
          /**
           * Exec defines an exec hook.
           */
          "exec": {
            /**
             * Command is the command and arguments to execute.
             */
            "command": Array<string>;
            /**
             * Container is the container in the pod where the command should be executed. If not specified,
             * the pod's first container is used.
             */
            "container"?: string;
            /**
             * OnError specifies how Velero should behave if it encounters an error executing this hook.
             */
            "onError"?: "Continue" | "Fail";
            /**
             * Timeout defines the maximum amount of time Velero should wait for the hook to complete before
             * considering the execution a failure.
             */
            "timeout"?: string;
          };
        }>;
      }>;
    };
    /**
     * IncludeClusterResources specifies whether cluster-scoped resources
     * should be included for consideration in the backup.
     */
    "includeClusterResources"?: boolean;
    /**
     * IncludedClusterScopedResources is a slice of cluster-scoped
     * resource type names to include in the backup.
     * If set to "\*", all cluster-scoped resource types are included.
     * The default value is empty, which means only related
     * cluster-scoped resources are included.
     */
    "includedClusterScopedResources"?: Array<string>;
    /**
     * IncludedNamespaceScopedResources is a slice of namespace-scoped
     * resource type names to include in the backup.
     * The default value is "\*".
     */
    "includedNamespaceScopedResources"?: Array<string>;
    /**
     * IncludedNamespaces is a slice of namespace names to include objects
     * from. If empty, all namespaces are included.
     */
    "includedNamespaces"?: Array<string>;
    /**
     * IncludedResources is a slice of resource names to include
     * in the backup. If empty, all resources are included.
     */
    "includedResources"?: Array<string>;
    /**
     * ItemOperationTimeout specifies the time used to wait for asynchronous BackupItemAction operations
     * The default value is 4 hour.
     */
    "itemOperationTimeout"?: string;
    /**
     * LabelSelector is a metav1.LabelSelector to filter with
     * when adding individual objects to the backup. If empty
     * or nil, all objects are included. Optional.
     */
    "labelSelector"?: {
      /**
       * matchExpressions is a list of label selector requirements. The requirements are ANDed.
       */
      "matchExpressions"?: Array<{
        /**
         * key is the label key that the selector applies to.
         */
        "key": string;
        /**
         * operator represents a key's relationship to a set of values.
         * Valid operators are In, NotIn, Exists and DoesNotExist.
         */
        "operator": string;
        /**
         * values is an array of string values. If the operator is In or NotIn,
         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
         * the values array must be empty. This array is replaced during a strategic
         * merge patch.
         */
        "values"?: Array<string>;
      }>;
      /**
       * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
       * map is equivalent to an element of matchExpressions, whose key field is "key", the
       * operator is "In", and the values array contains only "value". The requirements are ANDed.
       */
      "matchLabels"?: {
        [key: string]: string;
      };
    };
    "metadata"?: {
      "labels"?: {
        [key: string]: string;
      };
    };
    /**
     * OrLabelSelectors is list of metav1.LabelSelector to filter with
     * when adding individual objects to the backup. If multiple provided
     * they will be joined by the OR operator. LabelSelector as well as
     * OrLabelSelectors cannot co-exist in backup request, only one of them
     * can be used.
     */
    "orLabelSelectors"?: Array<{
      /**
       * matchExpressions is a list of label selector requirements. The requirements are ANDed.
       */
      "matchExpressions"?: Array<{
        /**
         * key is the label key that the selector applies to.
         */
        "key": string;
        /**
         * operator represents a key's relationship to a set of values.
         * Valid operators are In, NotIn, Exists and DoesNotExist.
         */
        "operator": string;
        /**
         * values is an array of string values. If the operator is In or NotIn,
         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
         * the values array must be empty. This array is replaced during a strategic
         * merge patch.
         */
        "values"?: Array<string>;
      }>;
      /**
       * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
       * map is equivalent to an element of matchExpressions, whose key field is "key", the
       * operator is "In", and the values array contains only "value". The requirements are ANDed.
       */
      "matchLabels"?: {
        [key: string]: string;
      };
    }>;
    /**
     * OrderedResources specifies the backup order of resources of specific Kind.
     * The map key is the resource name and value is a list of object names separated by commas.
     * Each resource name has format "namespace/objectname".  For cluster resources, simply use "objectname".
     */
    "orderedResources"?: {
      [key: string]: string;
    };
    /**
     * ResourcePolicy specifies the referenced resource policies that backup should follow
     */
    "resourcePolicy"?: {
      /**
       * APIGroup is the group for the resource being referenced.
       * If APIGroup is not specified, the specified Kind must be in the core API group.
       * For any other third-party types, APIGroup is required.
       */
      "apiGroup"?: string;
      /**
       * Kind is the type of resource being referenced
       */
      "kind": string;
      /**
       * Name is the name of resource being referenced
       */
      "name": string;
    };
    /**
     * SnapshotMoveData specifies whether snapshot data should be moved
     */
    "snapshotMoveData"?: boolean;
    /**
     * SnapshotVolumes specifies whether to take snapshots
     * of any PV's referenced in the set of objects included
     * in the Backup.
     */
    "snapshotVolumes"?: boolean;
    /**
     * StorageLocation is a string containing the name of a BackupStorageLocation where the backup should be stored.
     */
    "storageLocation"?: string;
    /**
     * TTL is a time.Duration-parseable string describing how long
     * the Backup should be retained for.
     */
    "ttl"?: string;
    /**
     * UploaderConfig specifies the configuration for the uploader.
     */
    "uploaderConfig"?: {
      /**
       * ParallelFilesUpload is the number of files parallel uploads to perform when using the uploader.
       */
      "parallelFilesUpload"?: number;
    };
    /**
     * VolumeGroupSnapshotLabelKey specifies the label key to group PVCs under a VGS.
     */
    "volumeGroupSnapshotLabelKey"?: string;
    /**
     * VolumeSnapshotLocations is a list containing names of VolumeSnapshotLocations associated with this backup.
     */
    "volumeSnapshotLocations"?: Array<string>;
  };
  /**
   * BackupStatus captures the current status of a Velero backup.
   */
  "status"?: {
    /**
     * BackupItemOperationsAttempted is the total number of attempted
     * async BackupItemAction operations for this backup.
     */
    "backupItemOperationsAttempted"?: number;
    /**
     * BackupItemOperationsCompleted is the total number of successfully completed
     * async BackupItemAction operations for this backup.
     */
    "backupItemOperationsCompleted"?: number;
    /**
     * BackupItemOperationsFailed is the total number of async
     * BackupItemAction operations for this backup which ended with an error.
     */
    "backupItemOperationsFailed"?: number;
    /**
     * CompletionTimestamp records the time a backup was completed.
     * Completion time is recorded even on failed backups.
     * Completion time is recorded before uploading the backup object.
     * The server's time is used for CompletionTimestamps
     */
    "completionTimestamp"?: string;
    /**
     * CSIVolumeSnapshotsAttempted is the total number of attempted
     * CSI VolumeSnapshots for this backup.
     */
    "csiVolumeSnapshotsAttempted"?: number;
    /**
     * CSIVolumeSnapshotsCompleted is the total number of successfully
     * completed CSI VolumeSnapshots for this backup.
     */
    "csiVolumeSnapshotsCompleted"?: number;
    /**
     * Errors is a count of all error messages that were generated during
     * execution of the backup.  The actual errors are in the backup's log
     * file in object storage.
     */
    "errors"?: number;
    /**
     * Expiration is when this Backup is eligible for garbage-collection.
     */
    "expiration"?: string;
    /**
     * FailureReason is an error that caused the entire backup to fail.
     */
    "failureReason"?: string;
    /**
     * FormatVersion is the backup format version, including major, minor, and patch version.
     */
    "formatVersion"?: string;
    /**
     * HookStatus contains information about the status of the hooks.
     */
    "hookStatus"?: {
      /**
       * HooksAttempted is the total number of attempted hooks
       * Specifically, HooksAttempted represents the number of hooks that failed to execute
       * and the number of hooks that executed successfully.
       */
      "hooksAttempted"?: number;
      /**
       * HooksFailed is the total number of hooks which ended with an error
       */
      "hooksFailed"?: number;
    };
    /**
     * Phase is the current state of the Backup.
     */
    "phase"?: "New" | "Queued" | "ReadyToStart" | "FailedValidation" | "InProgress" | "WaitingForPluginOperations" | "WaitingForPluginOperationsPartiallyFailed" | "Finalizing" | "FinalizingPartiallyFailed" | "Completed" | "PartiallyFailed" | "Failed" | "Deleting";
    /**
     * Progress contains information about the backup's execution progress. Note
     * that this information is best-effort only -- if Velero fails to update it
     * during a backup for any reason, it may be inaccurate/stale.
     */
    "progress"?: {
      /**
       * ItemsBackedUp is the number of items that have actually been written to the
       * backup tarball so far.
       */
      "itemsBackedUp"?: number;
      /**
       * TotalItems is the total number of items to be backed up. This number may change
       * throughout the execution of the backup due to plugins that return additional related
       * items to back up, the velero.io/exclude-from-backup label, and various other
       * filters that happen as items are processed.
       */
      "totalItems"?: number;
    };
    /**
     * QueuePosition is the position of the backup in the queue.
     * Only relevant when Phase is "Queued"
     */
    "queuePosition"?: number;
    /**
     * StartTimestamp records the time a backup was started.
     * Separate from CreationTimestamp, since that value changes
     * on restores.
     * The server's time is used for StartTimestamps
     */
    "startTimestamp"?: string;
    /**
     * ValidationErrors is a slice of all validation errors (if
     * applicable).
     */
    "validationErrors"?: Array<string>;
    /**
     * Version is the backup format major version.
     * Deprecated: Please see FormatVersion
     */
    "version"?: number;
    /**
     * VolumeSnapshotsAttempted is the total number of attempted
     * volume snapshots for this backup.
     */
    "volumeSnapshotsAttempted"?: number;
    /**
     * VolumeSnapshotsCompleted is the total number of successfully
     * completed volume snapshots for this backup.
     */
    "volumeSnapshotsCompleted"?: number;
    /**
     * Warnings is a count of all warning messages that were generated during
     * execution of the backup. The actual warnings are in the backup's log
     * file in object storage.
     */
    "warnings"?: number;
  };
}

/**
 * Backup is a Velero resource that represents the capture of Kubernetes
 * cluster state at a point in time (API objects and associated volume state).
 */
export class Backup extends Model<IBackup> implements IBackup {
  "apiVersion": IBackup["apiVersion"];
  "kind": IBackup["kind"];
  "metadata"?: IBackup["metadata"];
  "spec"?: IBackup["spec"];
  "status"?: IBackup["status"];

static apiVersion: IBackup["apiVersion"] = "velero.io/v1";
static kind: IBackup["kind"] = "Backup";
static is = createTypeMetaGuard<IBackup>(Backup);

constructor(data?: ModelData<IBackup>) {
  super();

  this.setDefinedProps({
    apiVersion: Backup.apiVersion,
    kind: Backup.kind,
    ...data
  } as IBackup);
}
}


setValidateFunc(Backup, validate as ValidateFunc<IBackup>);
