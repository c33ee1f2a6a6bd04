import { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { Model, ModelData, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { ValidateFunc } from "@kubernetes-models/validate";
import { validate } from "../../_schemas/VeleroIoV1Restore";

/**
 * Restore is a Velero resource that represents the application of
 * resources from a Velero backup to a target Kubernetes cluster.
 */
export interface IRestore {
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
  "kind": "Restore";
  "metadata"?: IObjectMeta;
  /**
   * RestoreSpec defines the specification for a Velero restore.
   */
  "spec"?: {
    /**
     * BackupName is the unique name of the Velero backup to restore
     * from.
     */
    "backupName"?: string;
    /**
     * ExcludedNamespaces contains a list of namespaces that are not
     * included in the restore.
     */
    "excludedNamespaces"?: Array<string>;
    /**
     * ExcludedResources is a slice of resource names that are not
     * included in the restore.
     */
    "excludedResources"?: Array<string>;
    /**
     * ExistingResourcePolicy specifies the restore behavior for the Kubernetes resource to be restored
     */
    "existingResourcePolicy"?: string;
    /**
     * Hooks represent custom behaviors that should be executed during or post restore.
     */
    "hooks"?: {
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
         * PostHooks is a list of RestoreResourceHooks to execute during and after restoring a resource.
         */
        "postHooks"?: Array<{
          /**
           * Exec defines an exec restore hook.
           */
          "exec"?: {
            /**
             * Command is the command and arguments to execute from within a container after a pod has been restored.
             */
            "command": Array<string>;
            /**
             * Container is the container in the pod where the command should be executed. If not specified,
             * the pod's first container is used.
             */
            "container"?: string;
            /**
             * ExecTimeout defines the maximum amount of time Velero should wait for the hook to complete before
             * considering the execution a failure.
             */
            "execTimeout"?: string;
            /**
             * OnError specifies how Velero should behave if it encounters an error executing this hook.
             */
            "onError"?: "Continue" | "Fail";
            /**
             * WaitForReady ensures command will be launched when container is Ready instead of Running.
             */
            "waitForReady"?: boolean;
            /**
             * WaitTimeout defines the maximum amount of time Velero should wait for the container to be Ready
             * before attempting to run the command.
             */
            "waitTimeout"?: string;
          };
          /**
           * Init defines an init restore hook.
           */
          "init"?: {
            /**
             * InitContainers is list of init containers to be added to a pod during its restore.
             */
            "initContainers"?: Array<{
            }>;
            /**
             * Timeout defines the maximum amount of time Velero should wait for the initContainers to complete.
             */
            "timeout"?: string;
          };
        }>;
      }>;
    };
    /**
     * IncludeClusterResources specifies whether cluster-scoped resources
     * should be included for consideration in the restore. If null, defaults
     * to true.
     */
    "includeClusterResources"?: boolean;
    /**
     * IncludedNamespaces is a slice of namespace names to include objects
     * from. If empty, all namespaces are included.
     */
    "includedNamespaces"?: Array<string>;
    /**
     * IncludedResources is a slice of resource names to include
     * in the restore. If empty, all resources in the backup are included.
     */
    "includedResources"?: Array<string>;
    /**
     * ItemOperationTimeout specifies the time used to wait for RestoreItemAction operations
     * The default value is 4 hour.
     */
    "itemOperationTimeout"?: string;
    /**
     * LabelSelector is a metav1.LabelSelector to filter with
     * when restoring individual objects from the backup. If empty
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
    /**
     * NamespaceMapping is a map of source namespace names
     * to target namespace names to restore into. Any source
     * namespaces not included in the map will be restored into
     * namespaces of the same name.
     */
    "namespaceMapping"?: {
      [key: string]: string;
    };
    /**
     * OrLabelSelectors is list of metav1.LabelSelector to filter with
     * when restoring individual objects from the backup. If multiple provided
     * they will be joined by the OR operator. LabelSelector as well as
     * OrLabelSelectors cannot co-exist in restore request, only one of them
     * can be used
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
     * PreserveNodePorts specifies whether to restore old nodePorts from backup.
     */
    "preserveNodePorts"?: boolean;
    /**
     * ResourceModifier specifies the reference to JSON resource patches that should be applied to resources before restoration.
     */
    "resourceModifier"?: {
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
     * RestorePVs specifies whether to restore all included
     * PVs from snapshot
     */
    "restorePVs"?: boolean;
    /**
     * RestoreStatus specifies which resources we should restore the status
     * field. If nil, no objects are included. Optional.
     */
    "restoreStatus"?: {
      /**
       * ExcludedResources specifies the resources to which will not restore the status.
       */
      "excludedResources"?: Array<string>;
      /**
       * IncludedResources specifies the resources to which will restore the status.
       * If empty, it applies to all resources.
       */
      "includedResources"?: Array<string>;
    };
    /**
     * ScheduleName is the unique name of the Velero schedule to restore
     * from. If specified, and BackupName is empty, Velero will restore
     * from the most recent successful backup created from this schedule.
     */
    "scheduleName"?: string;
    /**
     * UploaderConfig specifies the configuration for the restore.
     */
    "uploaderConfig"?: {
      /**
       * ParallelFilesDownload is the concurrency number setting for restore.
       */
      "parallelFilesDownload"?: number;
      /**
       * WriteSparseFiles is a flag to indicate whether write files sparsely or not.
       */
      "writeSparseFiles"?: boolean;
    };
  };
  /**
   * RestoreStatus captures the current status of a Velero restore
   */
  "status"?: {
    /**
     * CompletionTimestamp records the time the restore operation was completed.
     * Completion time is recorded even on failed restore.
     * The server's time is used for StartTimestamps
     */
    "completionTimestamp"?: string;
    /**
     * Errors is a count of all error messages that were generated during
     * execution of the restore. The actual errors are stored in object storage.
     */
    "errors"?: number;
    /**
     * FailureReason is an error that caused the entire restore to fail.
     */
    "failureReason"?: string;
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
     * Phase is the current state of the Restore
     */
    "phase"?: "New" | "FailedValidation" | "InProgress" | "WaitingForPluginOperations" | "WaitingForPluginOperationsPartiallyFailed" | "Completed" | "PartiallyFailed" | "Failed" | "Finalizing" | "FinalizingPartiallyFailed";
    /**
     * Progress contains information about the restore's execution progress. Note
     * that this information is best-effort only -- if Velero fails to update it
     * during a restore for any reason, it may be inaccurate/stale.
     */
    "progress"?: {
      /**
       * ItemsRestored is the number of items that have actually been restored so far
       */
      "itemsRestored"?: number;
      /**
       * TotalItems is the total number of items to be restored. This number may change
       * throughout the execution of the restore due to plugins that return additional related
       * items to restore
       */
      "totalItems"?: number;
    };
    /**
     * RestoreItemOperationsAttempted is the total number of attempted
     * async RestoreItemAction operations for this restore.
     */
    "restoreItemOperationsAttempted"?: number;
    /**
     * RestoreItemOperationsCompleted is the total number of successfully completed
     * async RestoreItemAction operations for this restore.
     */
    "restoreItemOperationsCompleted"?: number;
    /**
     * RestoreItemOperationsFailed is the total number of async
     * RestoreItemAction operations for this restore which ended with an error.
     */
    "restoreItemOperationsFailed"?: number;
    /**
     * StartTimestamp records the time the restore operation was started.
     * The server's time is used for StartTimestamps
     */
    "startTimestamp"?: string;
    /**
     * ValidationErrors is a slice of all validation errors (if
     * applicable)
     */
    "validationErrors"?: Array<string>;
    /**
     * Warnings is a count of all warning messages that were generated during
     * execution of the restore. The actual warnings are stored in object storage.
     */
    "warnings"?: number;
  };
}

/**
 * Restore is a Velero resource that represents the application of
 * resources from a Velero backup to a target Kubernetes cluster.
 */
export class Restore extends Model<IRestore> implements IRestore {
  "apiVersion": IRestore["apiVersion"];
  "kind": IRestore["kind"];
  "metadata"?: IRestore["metadata"];
  "spec"?: IRestore["spec"];
  "status"?: IRestore["status"];

static apiVersion: IRestore["apiVersion"] = "velero.io/v1";
static kind: IRestore["kind"] = "Restore";
static is = createTypeMetaGuard<IRestore>(Restore);

constructor(data?: ModelData<IRestore>) {
  super();

  this.setDefinedProps({
    apiVersion: Restore.apiVersion,
    kind: Restore.kind,
    ...data
  } as IRestore);
}
}


setValidateFunc(Restore, validate as ValidateFunc<IRestore>);
