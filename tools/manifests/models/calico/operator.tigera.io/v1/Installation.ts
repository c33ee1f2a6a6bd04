import { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { Model, ModelData, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { ValidateFunc } from "@kubernetes-models/validate";
import { validate } from "../../_schemas/OperatorTigeraIoV1Installation";

/**
 * Installation configures an installation of Calico or Calico Enterprise. At most one instance
 * of this resource is supported. It must be named "default". The Installation API installs core networking
 * and network policy components, and provides general install-time configuration.
 */
export interface IInstallation {
  /**
   * APIVersion defines the versioned schema of this representation of an object.
   * Servers should convert recognized schemas to the latest internal value, and
   * may reject unrecognized values.
   * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
   */
  "apiVersion": "operator.tigera.io/v1";
  /**
   * Kind is a string value representing the REST resource this object represents.
   * Servers may infer this from the endpoint the client submits requests to.
   * Cannot be updated.
   * In CamelCase.
   * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
   */
  "kind": "Installation";
  "metadata"?: IObjectMeta;
  /**
   * Specification of the desired state for the Calico or Calico Enterprise installation.
   */
  "spec"?: {
    /**
     * Azure is used to configure azure provider specific options.
     */
    "azure"?: {
      /**
       * PolicyMode determines whether the "control-plane" label is applied to namespaces. It offers two options: Default and Manual.
       * The Default option adds the "control-plane" label to the required namespaces.
       * The Manual option does not apply the "control-plane" label to any namespace.
       * Default: Default
       */
      "policyMode"?: "Default" | "Manual";
    };
    /**
     * CalicoKubeControllersDeployment configures the calico-kube-controllers Deployment. If used in
     * conjunction with the deprecated ComponentResources, then these overrides take precedence.
     */
    "calicoKubeControllersDeployment"?: {
      /**
       * Metadata is a subset of a Kubernetes object's metadata that is added to the Deployment.
       */
      "metadata"?: {
        /**
         * Annotations is a map of arbitrary non-identifying metadata. Each of these
         * key/value pairs are added to the object's annotations provided the key does not
         * already exist in the object's annotations.
         */
        "annotations"?: {
          [key: string]: string;
        };
        /**
         * Labels is a map of string keys and values that may match replicaset and
         * service selectors. Each of these key/value pairs are added to the
         * object's labels provided the key does not already exist in the object's labels.
         */
        "labels"?: {
          [key: string]: string;
        };
      };
      /**
       * Spec is the specification of the calico-kube-controllers Deployment.
       */
      "spec"?: {
        /**
         * MinReadySeconds is the minimum number of seconds for which a newly created Deployment pod should
         * be ready without any of its container crashing, for it to be considered available.
         * If specified, this overrides any minReadySeconds value that may be set on the calico-kube-controllers Deployment.
         * If omitted, the calico-kube-controllers Deployment will use its default value for minReadySeconds.
         */
        "minReadySeconds"?: number;
        /**
         * Template describes the calico-kube-controllers Deployment pod that will be created.
         */
        "template"?: {
          /**
           * Metadata is a subset of a Kubernetes object's metadata that is added to
           * the pod's metadata.
           */
          "metadata"?: {
            /**
             * Annotations is a map of arbitrary non-identifying metadata. Each of these
             * key/value pairs are added to the object's annotations provided the key does not
             * already exist in the object's annotations.
             */
            "annotations"?: {
              [key: string]: string;
            };
            /**
             * Labels is a map of string keys and values that may match replicaset and
             * service selectors. Each of these key/value pairs are added to the
             * object's labels provided the key does not already exist in the object's labels.
             */
            "labels"?: {
              [key: string]: string;
            };
          };
          /**
           * Spec is the calico-kube-controllers Deployment's PodSpec.
           */
          "spec"?: {
            /**
             * Affinity is a group of affinity scheduling rules for the calico-kube-controllers pods.
             * If specified, this overrides any affinity that may be set on the calico-kube-controllers Deployment.
             * If omitted, the calico-kube-controllers Deployment will use its default value for affinity.
             * WARNING: Please note that this field will override the default calico-kube-controllers Deployment affinity.
             */
            "affinity"?: {
              /**
               * Describes node affinity scheduling rules for the pod.
               */
              "nodeAffinity"?: {
                /**
                 * The scheduler will prefer to schedule pods to nodes that satisfy
                 * the affinity expressions specified by this field, but it may choose
                 * a node that violates one or more of the expressions. The node that is
                 * most preferred is the one with the greatest sum of weights, i.e.
                 * for each node that meets all of the scheduling requirements (resource
                 * request, requiredDuringScheduling affinity expressions, etc.),
                 * compute a sum by iterating through the elements of this field and adding
                 * "weight" to the sum if the node matches the corresponding matchExpressions; the
                 * node(s) with the highest sum are the most preferred.
                 */
                "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                  /**
                   * A node selector term, associated with the corresponding weight.
                   */
                  "preference": {
                    /**
                     * A list of node selector requirements by node's labels.
                     */
                    "matchExpressions"?: Array<{
                      /**
                       * The label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * Represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                       */
                      "operator": string;
                      /**
                       * An array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. If the operator is Gt or Lt, the values
                       * array must have a single element, which will be interpreted as an integer.
                       * This array is replaced during a strategic merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                    /**
                     * A list of node selector requirements by node's fields.
                     */
                    "matchFields"?: Array<{
                      /**
                       * The label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * Represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                       */
                      "operator": string;
                      /**
                       * An array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. If the operator is Gt or Lt, the values
                       * array must have a single element, which will be interpreted as an integer.
                       * This array is replaced during a strategic merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                  };
                  /**
                   * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
                   */
                  "weight": number;
                }>;
                /**
                 * If the affinity requirements specified by this field are not met at
                 * scheduling time, the pod will not be scheduled onto the node.
                 * If the affinity requirements specified by this field cease to be met
                 * at some point during pod execution (e.g. due to an update), the system
                 * may or may not try to eventually evict the pod from its node.
                 */
                "requiredDuringSchedulingIgnoredDuringExecution"?: {
                  /**
                   * Required. A list of node selector terms. The terms are ORed.
                   */
                  "nodeSelectorTerms": Array<{
                    /**
                     * A list of node selector requirements by node's labels.
                     */
                    "matchExpressions"?: Array<{
                      /**
                       * The label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * Represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                       */
                      "operator": string;
                      /**
                       * An array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. If the operator is Gt or Lt, the values
                       * array must have a single element, which will be interpreted as an integer.
                       * This array is replaced during a strategic merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                    /**
                     * A list of node selector requirements by node's fields.
                     */
                    "matchFields"?: Array<{
                      /**
                       * The label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * Represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                       */
                      "operator": string;
                      /**
                       * An array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. If the operator is Gt or Lt, the values
                       * array must have a single element, which will be interpreted as an integer.
                       * This array is replaced during a strategic merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                  }>;
                };
              };
              /**
               * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
               */
              "podAffinity"?: {
                /**
                 * The scheduler will prefer to schedule pods to nodes that satisfy
                 * the affinity expressions specified by this field, but it may choose
                 * a node that violates one or more of the expressions. The node that is
                 * most preferred is the one with the greatest sum of weights, i.e.
                 * for each node that meets all of the scheduling requirements (resource
                 * request, requiredDuringScheduling affinity expressions, etc.),
                 * compute a sum by iterating through the elements of this field and adding
                 * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
                 * node(s) with the highest sum are the most preferred.
                 */
                "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                  /**
                   * Required. A pod affinity term, associated with the corresponding weight.
                   */
                  "podAffinityTerm": {
                    /**
                     * A label query over a set of resources, in this case pods.
                     * If it's null, this PodAffinityTerm matches with no Pods.
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
                     * MatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "matchLabelKeys"?: Array<string>;
                    /**
                     * MismatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "mismatchLabelKeys"?: Array<string>;
                    /**
                     * A label query over the set of namespaces that the term applies to.
                     * The term is applied to the union of the namespaces selected by this field
                     * and the ones listed in the namespaces field.
                     * null selector and null or empty namespaces list means "this pod's namespace".
                     * An empty selector ({}) matches all namespaces.
                     */
                    "namespaceSelector"?: {
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
                     * namespaces specifies a static list of namespace names that the term applies to.
                     * The term is applied to the union of the namespaces listed in this field
                     * and the ones selected by namespaceSelector.
                     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                     */
                    "namespaces"?: Array<string>;
                    /**
                     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                     * whose value of the label with key topologyKey matches that of any node on which any of the
                     * selected pods is running.
                     * Empty topologyKey is not allowed.
                     */
                    "topologyKey": string;
                  };
                  /**
                   * weight associated with matching the corresponding podAffinityTerm,
                   * in the range 1-100.
                   */
                  "weight": number;
                }>;
                /**
                 * If the affinity requirements specified by this field are not met at
                 * scheduling time, the pod will not be scheduled onto the node.
                 * If the affinity requirements specified by this field cease to be met
                 * at some point during pod execution (e.g. due to a pod label update), the
                 * system may or may not try to eventually evict the pod from its node.
                 * When there are multiple elements, the lists of nodes corresponding to each
                 * podAffinityTerm are intersected, i.e. all terms must be satisfied.
                 */
                "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                  /**
                   * A label query over a set of resources, in this case pods.
                   * If it's null, this PodAffinityTerm matches with no Pods.
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
                   * MatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                   * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "matchLabelKeys"?: Array<string>;
                  /**
                   * MismatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                   * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "mismatchLabelKeys"?: Array<string>;
                  /**
                   * A label query over the set of namespaces that the term applies to.
                   * The term is applied to the union of the namespaces selected by this field
                   * and the ones listed in the namespaces field.
                   * null selector and null or empty namespaces list means "this pod's namespace".
                   * An empty selector ({}) matches all namespaces.
                   */
                  "namespaceSelector"?: {
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
                   * namespaces specifies a static list of namespace names that the term applies to.
                   * The term is applied to the union of the namespaces listed in this field
                   * and the ones selected by namespaceSelector.
                   * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                   */
                  "namespaces"?: Array<string>;
                  /**
                   * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                   * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                   * whose value of the label with key topologyKey matches that of any node on which any of the
                   * selected pods is running.
                   * Empty topologyKey is not allowed.
                   */
                  "topologyKey": string;
                }>;
              };
              /**
               * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
               */
              "podAntiAffinity"?: {
                /**
                 * The scheduler will prefer to schedule pods to nodes that satisfy
                 * the anti-affinity expressions specified by this field, but it may choose
                 * a node that violates one or more of the expressions. The node that is
                 * most preferred is the one with the greatest sum of weights, i.e.
                 * for each node that meets all of the scheduling requirements (resource
                 * request, requiredDuringScheduling anti-affinity expressions, etc.),
                 * compute a sum by iterating through the elements of this field and adding
                 * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
                 * node(s) with the highest sum are the most preferred.
                 */
                "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                  /**
                   * Required. A pod affinity term, associated with the corresponding weight.
                   */
                  "podAffinityTerm": {
                    /**
                     * A label query over a set of resources, in this case pods.
                     * If it's null, this PodAffinityTerm matches with no Pods.
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
                     * MatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "matchLabelKeys"?: Array<string>;
                    /**
                     * MismatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "mismatchLabelKeys"?: Array<string>;
                    /**
                     * A label query over the set of namespaces that the term applies to.
                     * The term is applied to the union of the namespaces selected by this field
                     * and the ones listed in the namespaces field.
                     * null selector and null or empty namespaces list means "this pod's namespace".
                     * An empty selector ({}) matches all namespaces.
                     */
                    "namespaceSelector"?: {
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
                     * namespaces specifies a static list of namespace names that the term applies to.
                     * The term is applied to the union of the namespaces listed in this field
                     * and the ones selected by namespaceSelector.
                     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                     */
                    "namespaces"?: Array<string>;
                    /**
                     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                     * whose value of the label with key topologyKey matches that of any node on which any of the
                     * selected pods is running.
                     * Empty topologyKey is not allowed.
                     */
                    "topologyKey": string;
                  };
                  /**
                   * weight associated with matching the corresponding podAffinityTerm,
                   * in the range 1-100.
                   */
                  "weight": number;
                }>;
                /**
                 * If the anti-affinity requirements specified by this field are not met at
                 * scheduling time, the pod will not be scheduled onto the node.
                 * If the anti-affinity requirements specified by this field cease to be met
                 * at some point during pod execution (e.g. due to a pod label update), the
                 * system may or may not try to eventually evict the pod from its node.
                 * When there are multiple elements, the lists of nodes corresponding to each
                 * podAffinityTerm are intersected, i.e. all terms must be satisfied.
                 */
                "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                  /**
                   * A label query over a set of resources, in this case pods.
                   * If it's null, this PodAffinityTerm matches with no Pods.
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
                   * MatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                   * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "matchLabelKeys"?: Array<string>;
                  /**
                   * MismatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                   * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "mismatchLabelKeys"?: Array<string>;
                  /**
                   * A label query over the set of namespaces that the term applies to.
                   * The term is applied to the union of the namespaces selected by this field
                   * and the ones listed in the namespaces field.
                   * null selector and null or empty namespaces list means "this pod's namespace".
                   * An empty selector ({}) matches all namespaces.
                   */
                  "namespaceSelector"?: {
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
                   * namespaces specifies a static list of namespace names that the term applies to.
                   * The term is applied to the union of the namespaces listed in this field
                   * and the ones selected by namespaceSelector.
                   * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                   */
                  "namespaces"?: Array<string>;
                  /**
                   * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                   * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                   * whose value of the label with key topologyKey matches that of any node on which any of the
                   * selected pods is running.
                   * Empty topologyKey is not allowed.
                   */
                  "topologyKey": string;
                }>;
              };
            };
            /**
             * Containers is a list of calico-kube-controllers containers.
             * If specified, this overrides the specified calico-kube-controllers Deployment containers.
             * If omitted, the calico-kube-controllers Deployment will use its default values for its containers.
             */
            "containers"?: Array<{
              /**
               * Name is an enum which identifies the calico-kube-controllers Deployment container by name.
               * Supported values are: calico-kube-controllers, es-calico-kube-controllers
               */
              "name": "calico-kube-controllers" | "es-calico-kube-controllers";
              /**
               * Resources allows customization of limits and requests for compute resources such as cpu and memory.
               * If specified, this overrides the named calico-kube-controllers Deployment container's resources.
               * If omitted, the calico-kube-controllers Deployment will use its default value for this container's resources.
               * If used in conjunction with the deprecated ComponentResources, then this value takes precedence.
               */
              "resources"?: {
                /**
                 * Claims lists the names of resources, defined in spec.resourceClaims,
                 * that are used by this container.
                 * This is an alpha field and requires enabling the
                 * DynamicResourceAllocation feature gate.
                 * This field is immutable. It can only be set for containers.
                 */
                "claims"?: Array<{
                  /**
                   * Name must match the name of one entry in pod.spec.resourceClaims of
                   * the Pod where this field is used. It makes that resource available
                   * inside a container.
                   */
                  "name": string;
                  /**
                   * Request is the name chosen for a request in the referenced claim.
                   * If empty, everything from the claim is made available, otherwise
                   * only the result of this request.
                   */
                  "request"?: string;
                }>;
                /**
                 * Limits describes the maximum amount of compute resources allowed.
                 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                 */
                "limits"?: {
                  [key: string]: number | string;
                };
                /**
                 * Requests describes the minimum amount of compute resources required.
                 * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                 * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                 */
                "requests"?: {
                  [key: string]: number | string;
                };
              };
            }>;
            /**
             * NodeSelector is the calico-kube-controllers pod's scheduling constraints.
             * If specified, each of the key/value pairs are added to the calico-kube-controllers Deployment nodeSelector provided
             * the key does not already exist in the object's nodeSelector.
             * If used in conjunction with ControlPlaneNodeSelector, that nodeSelector is set on the calico-kube-controllers Deployment
             * and each of this field's key/value pairs are added to the calico-kube-controllers Deployment nodeSelector provided
             * the key does not already exist in the object's nodeSelector.
             * If omitted, the calico-kube-controllers Deployment will use its default value for nodeSelector.
             * WARNING: Please note that this field will modify the default calico-kube-controllers Deployment nodeSelector.
             */
            "nodeSelector"?: {
              [key: string]: string;
            };
            /**
             * Tolerations is the calico-kube-controllers pod's tolerations.
             * If specified, this overrides any tolerations that may be set on the calico-kube-controllers Deployment.
             * If omitted, the calico-kube-controllers Deployment will use its default value for tolerations.
             * WARNING: Please note that this field will override the default calico-kube-controllers Deployment tolerations.
             */
            "tolerations"?: Array<{
              /**
               * Effect indicates the taint effect to match. Empty means match all taint effects.
               * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
               */
              "effect"?: string;
              /**
               * Key is the taint key that the toleration applies to. Empty means match all taint keys.
               * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
               */
              "key"?: string;
              /**
               * Operator represents a key's relationship to the value.
               * Valid operators are Exists and Equal. Defaults to Equal.
               * Exists is equivalent to wildcard for value, so that a pod can
               * tolerate all taints of a particular category.
               */
              "operator"?: string;
              /**
               * TolerationSeconds represents the period of time the toleration (which must be
               * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
               * it is not set, which means tolerate the taint forever (do not evict). Zero and
               * negative values will be treated as 0 (evict immediately) by the system.
               */
              "tolerationSeconds"?: number;
              /**
               * Value is the taint value the toleration matches to.
               * If the operator is Exists, the value should be empty, otherwise just a regular string.
               */
              "value"?: string;
            }>;
          };
        };
      };
    };
    /**
     * CalicoNetwork specifies networking configuration options for Calico.
     */
    "calicoNetwork"?: {
      /**
       * BGP configures whether or not to enable Calico's BGP capabilities.
       */
      "bgp"?: "Enabled" | "Disabled";
      /**
       * BPFNetworkBootstrap manages the initial networking setup required to configure the BPF dataplane.
       * When enabled, the operator tries to bootstraps access to the Kubernetes API Server
       * by using the Kubernetes service and its associated endpoints.
       * This field should be enabled only if linuxDataplane is set to "BPF".
       * If another dataplane is selected, this field must be omitted or explicitly set to Disabled.
       * When disabled and linuxDataplane is BPF, you must manually provide the Kubernetes API Server
       * information via the "kubernetes-service-endpoint" ConfigMap. It is invalid to use both the ConfigMap
       * and have this field set to true at the same time.
       * Default: Disabled
       */
      "bpfNetworkBootstrap"?: "Disabled" | "Enabled";
      /**
       * ContainerIPForwarding configures whether ip forwarding will be enabled for containers in the CNI configuration.
       * Default: Disabled
       */
      "containerIPForwarding"?: "Enabled" | "Disabled";
      /**
       * HostPorts configures whether or not Calico will support Kubernetes HostPorts. Valid only when using the Calico CNI plugin.
       * Default: Enabled
       */
      "hostPorts"?: "Enabled" | "Disabled";
      /**
       * IPPools contains a list of IP pools to manage. If nil, a single IPv4 IP pool
       * will be created by the operator. If an empty list is provided, the operator will not create any IP pools and will instead
       * wait for IP pools to be created out-of-band.
       * IP pools in this list will be reconciled by the operator and should not be modified out-of-band.
       */
      "ipPools"?: Array<{
        /**
         * AllowedUse controls what the IP pool will be used for.  If not specified or empty, defaults to
         * ["Tunnel", "Workload"] for back-compatibility
         */
        "allowedUses"?: Array<string>;
        /**
         * AssignmentMode determines if IP addresses from this pool should be  assigned automatically or on request only
         */
        "assignmentMode"?: string;
        /**
         * BlockSize specifies the CIDR prefex length to use when allocating per-node IP blocks from
         * the main IP pool CIDR.
         * Default: 26 (IPv4), 122 (IPv6)
         */
        "blockSize"?: number;
        /**
         * CIDR contains the address range for the IP Pool in classless inter-domain routing format.
         */
        "cidr": string;
        /**
         * DisableBGPExport specifies whether routes from this IP pool's CIDR are exported over BGP.
         * Default: false
         */
        "disableBGPExport"?: boolean;
        /**
         * DisableNewAllocations specifies whether or not new IP allocations are allowed from this pool.
         * This is useful when you want to prevent new pods from receiving IP addresses from this pool, without
         * impacting any existing pods that have already been assigned addresses from this pool.
         */
        "disableNewAllocations"?: boolean;
        /**
         * Encapsulation specifies the encapsulation type that will be used with
         * the IP Pool.
         * Default: IPIP
         */
        "encapsulation"?: "IPIPCrossSubnet" | "IPIP" | "VXLAN" | "VXLANCrossSubnet" | "None";
        /**
         * Name is the name of the IP pool. If omitted, this will be generated.
         */
        "name"?: string;
        /**
         * NATOutgoing specifies if NAT will be enabled or disabled for outgoing traffic.
         * Default: Enabled
         */
        "natOutgoing"?: "Enabled" | "Disabled";
        /**
         * NodeSelector specifies the node selector that will be set for the IP Pool.
         * Default: 'all()'
         */
        "nodeSelector"?: string;
      }>;
      /**
       * KubeProxyManagement controls whether the operator manages the kube-proxy DaemonSet.
       * When enabled, the operator will manage the DaemonSet by patching it:
       * it disables kube-proxy if the dataplane is BPF, or enables it otherwise.
       * Default: Disabled
       */
      "kubeProxyManagement"?: "Disabled" | "Enabled";
      /**
       * LinuxDataplane is used to select the dataplane used for Linux nodes. In particular, it
       * causes the operator to add required mounts and environment variables for the particular dataplane.
       * If not specified, iptables mode is used.
       * Default: Iptables
       */
      "linuxDataplane"?: "Iptables" | "BPF" | "VPP" | "Nftables";
      /**
       * LinuxPolicySetupTimeoutSeconds delays new pods from running containers
       * until their policy has been programmed in the dataplane.
       * The specified delay defines the maximum amount of time
       * that the Calico CNI plugin will wait for policy to be programmed.
       * Only applies to pods created on Linux nodes.
       * \* A value of 0 disables pod startup delays.
       * Default: 0
       */
      "linuxPolicySetupTimeoutSeconds"?: number;
      /**
       * MTU specifies the maximum transmission unit to use on the pod network.
       * If not specified, Calico will perform MTU auto-detection based on the cluster network.
       */
      "mtu"?: number;
      /**
       * MultiInterfaceMode configures what will configure multiple interface per pod. Only valid for Calico Enterprise installations
       * using the Calico CNI plugin.
       * Default: None
       */
      "multiInterfaceMode"?: "None" | "Multus";
      /**
       * NodeAddressAutodetectionV4 specifies an approach to automatically detect node IPv4 addresses. If not specified,
       * will use default auto-detection settings to acquire an IPv4 address for each node.
       */
      "nodeAddressAutodetectionV4"?: {
        /**
         * CanReach enables IP auto-detection based on which source address on the node is used to reach the
         * specified IP or domain.
         */
        "canReach"?: string;
        /**
         * CIDRS enables IP auto-detection based on which addresses on the nodes are within
         * one of the provided CIDRs.
         */
        "cidrs"?: Array<string>;
        /**
         * FirstFound uses default interface matching parameters to select an interface, performing best-effort
         * filtering based on well-known interface names.
         */
        "firstFound"?: boolean;
        /**
         * Interface enables IP auto-detection based on interfaces that match the given regex.
         */
        "interface"?: string;
        /**
         * Kubernetes configures Calico to detect node addresses based on the Kubernetes API.
         */
        "kubernetes"?: "NodeInternalIP";
        /**
         * SkipInterface enables IP auto-detection based on interfaces that do not match
         * the given regex.
         */
        "skipInterface"?: string;
      };
      /**
       * NodeAddressAutodetectionV6 specifies an approach to automatically detect node IPv6 addresses. If not specified,
       * IPv6 addresses will not be auto-detected.
       */
      "nodeAddressAutodetectionV6"?: {
        /**
         * CanReach enables IP auto-detection based on which source address on the node is used to reach the
         * specified IP or domain.
         */
        "canReach"?: string;
        /**
         * CIDRS enables IP auto-detection based on which addresses on the nodes are within
         * one of the provided CIDRs.
         */
        "cidrs"?: Array<string>;
        /**
         * FirstFound uses default interface matching parameters to select an interface, performing best-effort
         * filtering based on well-known interface names.
         */
        "firstFound"?: boolean;
        /**
         * Interface enables IP auto-detection based on interfaces that match the given regex.
         */
        "interface"?: string;
        /**
         * Kubernetes configures Calico to detect node addresses based on the Kubernetes API.
         */
        "kubernetes"?: "NodeInternalIP";
        /**
         * SkipInterface enables IP auto-detection based on interfaces that do not match
         * the given regex.
         */
        "skipInterface"?: string;
      };
      /**
       * Sysctl configures sysctl parameters for tuning plugin
       */
      "sysctl"?: Array<{
        "key": "net.ipv4.tcp_keepalive_intvl" | "net.ipv4.tcp_keepalive_probes" | "net.ipv4.tcp_keepalive_time";
        "value": string;
      }>;
      /**
       * WindowsDataplane is used to select the dataplane used for Windows nodes. In particular, it
       * causes the operator to add required mounts and environment variables for the particular dataplane.
       * If not specified, it is disabled and the operator will not render the Calico Windows nodes daemonset.
       * Default: Disabled
       */
      "windowsDataplane"?: "HNS" | "Disabled";
    };
    /**
     * CalicoNodeDaemonSet configures the calico-node DaemonSet. If used in
     * conjunction with the deprecated ComponentResources, then these overrides take precedence.
     */
    "calicoNodeDaemonSet"?: {
      /**
       * Metadata is a subset of a Kubernetes object's metadata that is added to the DaemonSet.
       */
      "metadata"?: {
        /**
         * Annotations is a map of arbitrary non-identifying metadata. Each of these
         * key/value pairs are added to the object's annotations provided the key does not
         * already exist in the object's annotations.
         */
        "annotations"?: {
          [key: string]: string;
        };
        /**
         * Labels is a map of string keys and values that may match replicaset and
         * service selectors. Each of these key/value pairs are added to the
         * object's labels provided the key does not already exist in the object's labels.
         */
        "labels"?: {
          [key: string]: string;
        };
      };
      /**
       * Spec is the specification of the calico-node DaemonSet.
       */
      "spec"?: {
        /**
         * MinReadySeconds is the minimum number of seconds for which a newly created DaemonSet pod should
         * be ready without any of its container crashing, for it to be considered available.
         * If specified, this overrides any minReadySeconds value that may be set on the calico-node DaemonSet.
         * If omitted, the calico-node DaemonSet will use its default value for minReadySeconds.
         */
        "minReadySeconds"?: number;
        /**
         * Template describes the calico-node DaemonSet pod that will be created.
         */
        "template"?: {
          /**
           * Metadata is a subset of a Kubernetes object's metadata that is added to
           * the pod's metadata.
           */
          "metadata"?: {
            /**
             * Annotations is a map of arbitrary non-identifying metadata. Each of these
             * key/value pairs are added to the object's annotations provided the key does not
             * already exist in the object's annotations.
             */
            "annotations"?: {
              [key: string]: string;
            };
            /**
             * Labels is a map of string keys and values that may match replicaset and
             * service selectors. Each of these key/value pairs are added to the
             * object's labels provided the key does not already exist in the object's labels.
             */
            "labels"?: {
              [key: string]: string;
            };
          };
          /**
           * Spec is the calico-node DaemonSet's PodSpec.
           */
          "spec"?: {
            /**
             * Affinity is a group of affinity scheduling rules for the calico-node pods.
             * If specified, this overrides any affinity that may be set on the calico-node DaemonSet.
             * If omitted, the calico-node DaemonSet will use its default value for affinity.
             * WARNING: Please note that this field will override the default calico-node DaemonSet affinity.
             */
            "affinity"?: {
              /**
               * Describes node affinity scheduling rules for the pod.
               */
              "nodeAffinity"?: {
                /**
                 * The scheduler will prefer to schedule pods to nodes that satisfy
                 * the affinity expressions specified by this field, but it may choose
                 * a node that violates one or more of the expressions. The node that is
                 * most preferred is the one with the greatest sum of weights, i.e.
                 * for each node that meets all of the scheduling requirements (resource
                 * request, requiredDuringScheduling affinity expressions, etc.),
                 * compute a sum by iterating through the elements of this field and adding
                 * "weight" to the sum if the node matches the corresponding matchExpressions; the
                 * node(s) with the highest sum are the most preferred.
                 */
                "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                  /**
                   * A node selector term, associated with the corresponding weight.
                   */
                  "preference": {
                    /**
                     * A list of node selector requirements by node's labels.
                     */
                    "matchExpressions"?: Array<{
                      /**
                       * The label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * Represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                       */
                      "operator": string;
                      /**
                       * An array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. If the operator is Gt or Lt, the values
                       * array must have a single element, which will be interpreted as an integer.
                       * This array is replaced during a strategic merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                    /**
                     * A list of node selector requirements by node's fields.
                     */
                    "matchFields"?: Array<{
                      /**
                       * The label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * Represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                       */
                      "operator": string;
                      /**
                       * An array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. If the operator is Gt or Lt, the values
                       * array must have a single element, which will be interpreted as an integer.
                       * This array is replaced during a strategic merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                  };
                  /**
                   * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
                   */
                  "weight": number;
                }>;
                /**
                 * If the affinity requirements specified by this field are not met at
                 * scheduling time, the pod will not be scheduled onto the node.
                 * If the affinity requirements specified by this field cease to be met
                 * at some point during pod execution (e.g. due to an update), the system
                 * may or may not try to eventually evict the pod from its node.
                 */
                "requiredDuringSchedulingIgnoredDuringExecution"?: {
                  /**
                   * Required. A list of node selector terms. The terms are ORed.
                   */
                  "nodeSelectorTerms": Array<{
                    /**
                     * A list of node selector requirements by node's labels.
                     */
                    "matchExpressions"?: Array<{
                      /**
                       * The label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * Represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                       */
                      "operator": string;
                      /**
                       * An array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. If the operator is Gt or Lt, the values
                       * array must have a single element, which will be interpreted as an integer.
                       * This array is replaced during a strategic merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                    /**
                     * A list of node selector requirements by node's fields.
                     */
                    "matchFields"?: Array<{
                      /**
                       * The label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * Represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                       */
                      "operator": string;
                      /**
                       * An array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. If the operator is Gt or Lt, the values
                       * array must have a single element, which will be interpreted as an integer.
                       * This array is replaced during a strategic merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                  }>;
                };
              };
              /**
               * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
               */
              "podAffinity"?: {
                /**
                 * The scheduler will prefer to schedule pods to nodes that satisfy
                 * the affinity expressions specified by this field, but it may choose
                 * a node that violates one or more of the expressions. The node that is
                 * most preferred is the one with the greatest sum of weights, i.e.
                 * for each node that meets all of the scheduling requirements (resource
                 * request, requiredDuringScheduling affinity expressions, etc.),
                 * compute a sum by iterating through the elements of this field and adding
                 * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
                 * node(s) with the highest sum are the most preferred.
                 */
                "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                  /**
                   * Required. A pod affinity term, associated with the corresponding weight.
                   */
                  "podAffinityTerm": {
                    /**
                     * A label query over a set of resources, in this case pods.
                     * If it's null, this PodAffinityTerm matches with no Pods.
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
                     * MatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "matchLabelKeys"?: Array<string>;
                    /**
                     * MismatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "mismatchLabelKeys"?: Array<string>;
                    /**
                     * A label query over the set of namespaces that the term applies to.
                     * The term is applied to the union of the namespaces selected by this field
                     * and the ones listed in the namespaces field.
                     * null selector and null or empty namespaces list means "this pod's namespace".
                     * An empty selector ({}) matches all namespaces.
                     */
                    "namespaceSelector"?: {
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
                     * namespaces specifies a static list of namespace names that the term applies to.
                     * The term is applied to the union of the namespaces listed in this field
                     * and the ones selected by namespaceSelector.
                     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                     */
                    "namespaces"?: Array<string>;
                    /**
                     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                     * whose value of the label with key topologyKey matches that of any node on which any of the
                     * selected pods is running.
                     * Empty topologyKey is not allowed.
                     */
                    "topologyKey": string;
                  };
                  /**
                   * weight associated with matching the corresponding podAffinityTerm,
                   * in the range 1-100.
                   */
                  "weight": number;
                }>;
                /**
                 * If the affinity requirements specified by this field are not met at
                 * scheduling time, the pod will not be scheduled onto the node.
                 * If the affinity requirements specified by this field cease to be met
                 * at some point during pod execution (e.g. due to a pod label update), the
                 * system may or may not try to eventually evict the pod from its node.
                 * When there are multiple elements, the lists of nodes corresponding to each
                 * podAffinityTerm are intersected, i.e. all terms must be satisfied.
                 */
                "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                  /**
                   * A label query over a set of resources, in this case pods.
                   * If it's null, this PodAffinityTerm matches with no Pods.
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
                   * MatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                   * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "matchLabelKeys"?: Array<string>;
                  /**
                   * MismatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                   * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "mismatchLabelKeys"?: Array<string>;
                  /**
                   * A label query over the set of namespaces that the term applies to.
                   * The term is applied to the union of the namespaces selected by this field
                   * and the ones listed in the namespaces field.
                   * null selector and null or empty namespaces list means "this pod's namespace".
                   * An empty selector ({}) matches all namespaces.
                   */
                  "namespaceSelector"?: {
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
                   * namespaces specifies a static list of namespace names that the term applies to.
                   * The term is applied to the union of the namespaces listed in this field
                   * and the ones selected by namespaceSelector.
                   * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                   */
                  "namespaces"?: Array<string>;
                  /**
                   * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                   * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                   * whose value of the label with key topologyKey matches that of any node on which any of the
                   * selected pods is running.
                   * Empty topologyKey is not allowed.
                   */
                  "topologyKey": string;
                }>;
              };
              /**
               * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
               */
              "podAntiAffinity"?: {
                /**
                 * The scheduler will prefer to schedule pods to nodes that satisfy
                 * the anti-affinity expressions specified by this field, but it may choose
                 * a node that violates one or more of the expressions. The node that is
                 * most preferred is the one with the greatest sum of weights, i.e.
                 * for each node that meets all of the scheduling requirements (resource
                 * request, requiredDuringScheduling anti-affinity expressions, etc.),
                 * compute a sum by iterating through the elements of this field and adding
                 * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
                 * node(s) with the highest sum are the most preferred.
                 */
                "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                  /**
                   * Required. A pod affinity term, associated with the corresponding weight.
                   */
                  "podAffinityTerm": {
                    /**
                     * A label query over a set of resources, in this case pods.
                     * If it's null, this PodAffinityTerm matches with no Pods.
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
                     * MatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "matchLabelKeys"?: Array<string>;
                    /**
                     * MismatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "mismatchLabelKeys"?: Array<string>;
                    /**
                     * A label query over the set of namespaces that the term applies to.
                     * The term is applied to the union of the namespaces selected by this field
                     * and the ones listed in the namespaces field.
                     * null selector and null or empty namespaces list means "this pod's namespace".
                     * An empty selector ({}) matches all namespaces.
                     */
                    "namespaceSelector"?: {
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
                     * namespaces specifies a static list of namespace names that the term applies to.
                     * The term is applied to the union of the namespaces listed in this field
                     * and the ones selected by namespaceSelector.
                     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                     */
                    "namespaces"?: Array<string>;
                    /**
                     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                     * whose value of the label with key topologyKey matches that of any node on which any of the
                     * selected pods is running.
                     * Empty topologyKey is not allowed.
                     */
                    "topologyKey": string;
                  };
                  /**
                   * weight associated with matching the corresponding podAffinityTerm,
                   * in the range 1-100.
                   */
                  "weight": number;
                }>;
                /**
                 * If the anti-affinity requirements specified by this field are not met at
                 * scheduling time, the pod will not be scheduled onto the node.
                 * If the anti-affinity requirements specified by this field cease to be met
                 * at some point during pod execution (e.g. due to a pod label update), the
                 * system may or may not try to eventually evict the pod from its node.
                 * When there are multiple elements, the lists of nodes corresponding to each
                 * podAffinityTerm are intersected, i.e. all terms must be satisfied.
                 */
                "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                  /**
                   * A label query over a set of resources, in this case pods.
                   * If it's null, this PodAffinityTerm matches with no Pods.
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
                   * MatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                   * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "matchLabelKeys"?: Array<string>;
                  /**
                   * MismatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                   * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "mismatchLabelKeys"?: Array<string>;
                  /**
                   * A label query over the set of namespaces that the term applies to.
                   * The term is applied to the union of the namespaces selected by this field
                   * and the ones listed in the namespaces field.
                   * null selector and null or empty namespaces list means "this pod's namespace".
                   * An empty selector ({}) matches all namespaces.
                   */
                  "namespaceSelector"?: {
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
                   * namespaces specifies a static list of namespace names that the term applies to.
                   * The term is applied to the union of the namespaces listed in this field
                   * and the ones selected by namespaceSelector.
                   * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                   */
                  "namespaces"?: Array<string>;
                  /**
                   * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                   * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                   * whose value of the label with key topologyKey matches that of any node on which any of the
                   * selected pods is running.
                   * Empty topologyKey is not allowed.
                   */
                  "topologyKey": string;
                }>;
              };
            };
            /**
             * Containers is a list of calico-node containers.
             * If specified, this overrides the specified calico-node DaemonSet containers.
             * If omitted, the calico-node DaemonSet will use its default values for its containers.
             */
            "containers"?: Array<{
              /**
               * Name is an enum which identifies the calico-node DaemonSet container by name.
               * Supported values are: calico-node
               */
              "name": "calico-node";
              /**
               * Resources allows customization of limits and requests for compute resources such as cpu and memory.
               * If specified, this overrides the named calico-node DaemonSet container's resources.
               * If omitted, the calico-node DaemonSet will use its default value for this container's resources.
               * If used in conjunction with the deprecated ComponentResources, then this value takes precedence.
               */
              "resources"?: {
                /**
                 * Claims lists the names of resources, defined in spec.resourceClaims,
                 * that are used by this container.
                 * This is an alpha field and requires enabling the
                 * DynamicResourceAllocation feature gate.
                 * This field is immutable. It can only be set for containers.
                 */
                "claims"?: Array<{
                  /**
                   * Name must match the name of one entry in pod.spec.resourceClaims of
                   * the Pod where this field is used. It makes that resource available
                   * inside a container.
                   */
                  "name": string;
                  /**
                   * Request is the name chosen for a request in the referenced claim.
                   * If empty, everything from the claim is made available, otherwise
                   * only the result of this request.
                   */
                  "request"?: string;
                }>;
                /**
                 * Limits describes the maximum amount of compute resources allowed.
                 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                 */
                "limits"?: {
                  [key: string]: number | string;
                };
                /**
                 * Requests describes the minimum amount of compute resources required.
                 * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                 * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                 */
                "requests"?: {
                  [key: string]: number | string;
                };
              };
            }>;
            /**
             * DNSConfig allows customization of the DNS configuration for the calico-node pods.
             */
            "dnsConfig"?: {
              /**
               * A list of DNS name server IP addresses.
               * This will be appended to the base nameservers generated from DNSPolicy.
               * Duplicated nameservers will be removed.
               */
              "nameservers"?: Array<string>;
              /**
               * A list of DNS resolver options.
               * This will be merged with the base options generated from DNSPolicy.
               * Duplicated entries will be removed. Resolution options given in Options
               * will override those that appear in the base DNSPolicy.
               */
              "options"?: Array<{
                /**
                 * Name is this DNS resolver option's name.
                 * Required.
                 */
                "name"?: string;
                /**
                 * Value is this DNS resolver option's value.
                 */
                "value"?: string;
              }>;
              /**
               * A list of DNS search domains for host-name lookup.
               * This will be appended to the base search paths generated from DNSPolicy.
               * Duplicated search paths will be removed.
               */
              "searches"?: Array<string>;
            };
            /**
             * DNSPolicy is the DNS policy for the calico-node pods.
             */
            "dnsPolicy"?: "" | "Default" | "ClusterFirst" | "ClusterFirstWithHostNet" | "None";
            /**
             * InitContainers is a list of calico-node init containers.
             * If specified, this overrides the specified calico-node DaemonSet init containers.
             * If omitted, the calico-node DaemonSet will use its default values for its init containers.
             */
            "initContainers"?: Array<{
              /**
               * Name is an enum which identifies the calico-node DaemonSet init container by name.
               * Supported values are: install-cni, hostpath-init, flexvol-driver, ebpf-bootstrap, node-certs-key-cert-provisioner, calico-node-prometheus-server-tls-key-cert-provisioner, mount-bpffs (deprecated, replaced by ebpf-bootstrap)
               */
              "name": "install-cni" | "hostpath-init" | "flexvol-driver" | "ebpf-bootstrap" | "node-certs-key-cert-provisioner" | "calico-node-prometheus-server-tls-key-cert-provisioner" | "mount-bpffs";
              /**
               * Resources allows customization of limits and requests for compute resources such as cpu and memory.
               * If specified, this overrides the named calico-node DaemonSet init container's resources.
               * If omitted, the calico-node DaemonSet will use its default value for this container's resources.
               * If used in conjunction with the deprecated ComponentResources, then this value takes precedence.
               */
              "resources"?: {
                /**
                 * Claims lists the names of resources, defined in spec.resourceClaims,
                 * that are used by this container.
                 * This is an alpha field and requires enabling the
                 * DynamicResourceAllocation feature gate.
                 * This field is immutable. It can only be set for containers.
                 */
                "claims"?: Array<{
                  /**
                   * Name must match the name of one entry in pod.spec.resourceClaims of
                   * the Pod where this field is used. It makes that resource available
                   * inside a container.
                   */
                  "name": string;
                  /**
                   * Request is the name chosen for a request in the referenced claim.
                   * If empty, everything from the claim is made available, otherwise
                   * only the result of this request.
                   */
                  "request"?: string;
                }>;
                /**
                 * Limits describes the maximum amount of compute resources allowed.
                 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                 */
                "limits"?: {
                  [key: string]: number | string;
                };
                /**
                 * Requests describes the minimum amount of compute resources required.
                 * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                 * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                 */
                "requests"?: {
                  [key: string]: number | string;
                };
              };
            }>;
            /**
             * NodeSelector is the calico-node pod's scheduling constraints.
             * If specified, each of the key/value pairs are added to the calico-node DaemonSet nodeSelector provided
             * the key does not already exist in the object's nodeSelector.
             * If omitted, the calico-node DaemonSet will use its default value for nodeSelector.
             * WARNING: Please note that this field will modify the default calico-node DaemonSet nodeSelector.
             */
            "nodeSelector"?: {
              [key: string]: string;
            };
            /**
             * Tolerations is the calico-node pod's tolerations.
             * If specified, this overrides any tolerations that may be set on the calico-node DaemonSet.
             * If omitted, the calico-node DaemonSet will use its default value for tolerations.
             * WARNING: Please note that this field will override the default calico-node DaemonSet tolerations.
             */
            "tolerations"?: Array<{
              /**
               * Effect indicates the taint effect to match. Empty means match all taint effects.
               * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
               */
              "effect"?: string;
              /**
               * Key is the taint key that the toleration applies to. Empty means match all taint keys.
               * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
               */
              "key"?: string;
              /**
               * Operator represents a key's relationship to the value.
               * Valid operators are Exists and Equal. Defaults to Equal.
               * Exists is equivalent to wildcard for value, so that a pod can
               * tolerate all taints of a particular category.
               */
              "operator"?: string;
              /**
               * TolerationSeconds represents the period of time the toleration (which must be
               * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
               * it is not set, which means tolerate the taint forever (do not evict). Zero and
               * negative values will be treated as 0 (evict immediately) by the system.
               */
              "tolerationSeconds"?: number;
              /**
               * Value is the taint value the toleration matches to.
               * If the operator is Exists, the value should be empty, otherwise just a regular string.
               */
              "value"?: string;
            }>;
          };
        };
      };
    };
    /**
     * CalicoNodeWindowsDaemonSet configures the calico-node-windows DaemonSet.
     */
    "calicoNodeWindowsDaemonSet"?: {
      /**
       * Metadata is a subset of a Kubernetes object's metadata that is added to the DaemonSet.
       */
      "metadata"?: {
        /**
         * Annotations is a map of arbitrary non-identifying metadata. Each of these
         * key/value pairs are added to the object's annotations provided the key does not
         * already exist in the object's annotations.
         */
        "annotations"?: {
          [key: string]: string;
        };
        /**
         * Labels is a map of string keys and values that may match replicaset and
         * service selectors. Each of these key/value pairs are added to the
         * object's labels provided the key does not already exist in the object's labels.
         */
        "labels"?: {
          [key: string]: string;
        };
      };
      /**
       * Spec is the specification of the calico-node-windows DaemonSet.
       */
      "spec"?: {
        /**
         * MinReadySeconds is the minimum number of seconds for which a newly created DaemonSet pod should
         * be ready without any of its container crashing, for it to be considered available.
         * If specified, this overrides any minReadySeconds value that may be set on the calico-node-windows DaemonSet.
         * If omitted, the calico-node-windows DaemonSet will use its default value for minReadySeconds.
         */
        "minReadySeconds"?: number;
        /**
         * Template describes the calico-node-windows DaemonSet pod that will be created.
         */
        "template"?: {
          /**
           * Metadata is a subset of a Kubernetes object's metadata that is added to
           * the pod's metadata.
           */
          "metadata"?: {
            /**
             * Annotations is a map of arbitrary non-identifying metadata. Each of these
             * key/value pairs are added to the object's annotations provided the key does not
             * already exist in the object's annotations.
             */
            "annotations"?: {
              [key: string]: string;
            };
            /**
             * Labels is a map of string keys and values that may match replicaset and
             * service selectors. Each of these key/value pairs are added to the
             * object's labels provided the key does not already exist in the object's labels.
             */
            "labels"?: {
              [key: string]: string;
            };
          };
          /**
           * Spec is the calico-node-windows DaemonSet's PodSpec.
           */
          "spec"?: {
            /**
             * Affinity is a group of affinity scheduling rules for the calico-node-windows pods.
             * If specified, this overrides any affinity that may be set on the calico-node-windows DaemonSet.
             * If omitted, the calico-node-windows DaemonSet will use its default value for affinity.
             * WARNING: Please note that this field will override the default calico-node-windows DaemonSet affinity.
             */
            "affinity"?: {
              /**
               * Describes node affinity scheduling rules for the pod.
               */
              "nodeAffinity"?: {
                /**
                 * The scheduler will prefer to schedule pods to nodes that satisfy
                 * the affinity expressions specified by this field, but it may choose
                 * a node that violates one or more of the expressions. The node that is
                 * most preferred is the one with the greatest sum of weights, i.e.
                 * for each node that meets all of the scheduling requirements (resource
                 * request, requiredDuringScheduling affinity expressions, etc.),
                 * compute a sum by iterating through the elements of this field and adding
                 * "weight" to the sum if the node matches the corresponding matchExpressions; the
                 * node(s) with the highest sum are the most preferred.
                 */
                "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                  /**
                   * A node selector term, associated with the corresponding weight.
                   */
                  "preference": {
                    /**
                     * A list of node selector requirements by node's labels.
                     */
                    "matchExpressions"?: Array<{
                      /**
                       * The label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * Represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                       */
                      "operator": string;
                      /**
                       * An array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. If the operator is Gt or Lt, the values
                       * array must have a single element, which will be interpreted as an integer.
                       * This array is replaced during a strategic merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                    /**
                     * A list of node selector requirements by node's fields.
                     */
                    "matchFields"?: Array<{
                      /**
                       * The label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * Represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                       */
                      "operator": string;
                      /**
                       * An array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. If the operator is Gt or Lt, the values
                       * array must have a single element, which will be interpreted as an integer.
                       * This array is replaced during a strategic merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                  };
                  /**
                   * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
                   */
                  "weight": number;
                }>;
                /**
                 * If the affinity requirements specified by this field are not met at
                 * scheduling time, the pod will not be scheduled onto the node.
                 * If the affinity requirements specified by this field cease to be met
                 * at some point during pod execution (e.g. due to an update), the system
                 * may or may not try to eventually evict the pod from its node.
                 */
                "requiredDuringSchedulingIgnoredDuringExecution"?: {
                  /**
                   * Required. A list of node selector terms. The terms are ORed.
                   */
                  "nodeSelectorTerms": Array<{
                    /**
                     * A list of node selector requirements by node's labels.
                     */
                    "matchExpressions"?: Array<{
                      /**
                       * The label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * Represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                       */
                      "operator": string;
                      /**
                       * An array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. If the operator is Gt or Lt, the values
                       * array must have a single element, which will be interpreted as an integer.
                       * This array is replaced during a strategic merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                    /**
                     * A list of node selector requirements by node's fields.
                     */
                    "matchFields"?: Array<{
                      /**
                       * The label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * Represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                       */
                      "operator": string;
                      /**
                       * An array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. If the operator is Gt or Lt, the values
                       * array must have a single element, which will be interpreted as an integer.
                       * This array is replaced during a strategic merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                  }>;
                };
              };
              /**
               * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
               */
              "podAffinity"?: {
                /**
                 * The scheduler will prefer to schedule pods to nodes that satisfy
                 * the affinity expressions specified by this field, but it may choose
                 * a node that violates one or more of the expressions. The node that is
                 * most preferred is the one with the greatest sum of weights, i.e.
                 * for each node that meets all of the scheduling requirements (resource
                 * request, requiredDuringScheduling affinity expressions, etc.),
                 * compute a sum by iterating through the elements of this field and adding
                 * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
                 * node(s) with the highest sum are the most preferred.
                 */
                "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                  /**
                   * Required. A pod affinity term, associated with the corresponding weight.
                   */
                  "podAffinityTerm": {
                    /**
                     * A label query over a set of resources, in this case pods.
                     * If it's null, this PodAffinityTerm matches with no Pods.
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
                     * MatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "matchLabelKeys"?: Array<string>;
                    /**
                     * MismatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "mismatchLabelKeys"?: Array<string>;
                    /**
                     * A label query over the set of namespaces that the term applies to.
                     * The term is applied to the union of the namespaces selected by this field
                     * and the ones listed in the namespaces field.
                     * null selector and null or empty namespaces list means "this pod's namespace".
                     * An empty selector ({}) matches all namespaces.
                     */
                    "namespaceSelector"?: {
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
                     * namespaces specifies a static list of namespace names that the term applies to.
                     * The term is applied to the union of the namespaces listed in this field
                     * and the ones selected by namespaceSelector.
                     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                     */
                    "namespaces"?: Array<string>;
                    /**
                     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                     * whose value of the label with key topologyKey matches that of any node on which any of the
                     * selected pods is running.
                     * Empty topologyKey is not allowed.
                     */
                    "topologyKey": string;
                  };
                  /**
                   * weight associated with matching the corresponding podAffinityTerm,
                   * in the range 1-100.
                   */
                  "weight": number;
                }>;
                /**
                 * If the affinity requirements specified by this field are not met at
                 * scheduling time, the pod will not be scheduled onto the node.
                 * If the affinity requirements specified by this field cease to be met
                 * at some point during pod execution (e.g. due to a pod label update), the
                 * system may or may not try to eventually evict the pod from its node.
                 * When there are multiple elements, the lists of nodes corresponding to each
                 * podAffinityTerm are intersected, i.e. all terms must be satisfied.
                 */
                "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                  /**
                   * A label query over a set of resources, in this case pods.
                   * If it's null, this PodAffinityTerm matches with no Pods.
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
                   * MatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                   * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "matchLabelKeys"?: Array<string>;
                  /**
                   * MismatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                   * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "mismatchLabelKeys"?: Array<string>;
                  /**
                   * A label query over the set of namespaces that the term applies to.
                   * The term is applied to the union of the namespaces selected by this field
                   * and the ones listed in the namespaces field.
                   * null selector and null or empty namespaces list means "this pod's namespace".
                   * An empty selector ({}) matches all namespaces.
                   */
                  "namespaceSelector"?: {
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
                   * namespaces specifies a static list of namespace names that the term applies to.
                   * The term is applied to the union of the namespaces listed in this field
                   * and the ones selected by namespaceSelector.
                   * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                   */
                  "namespaces"?: Array<string>;
                  /**
                   * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                   * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                   * whose value of the label with key topologyKey matches that of any node on which any of the
                   * selected pods is running.
                   * Empty topologyKey is not allowed.
                   */
                  "topologyKey": string;
                }>;
              };
              /**
               * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
               */
              "podAntiAffinity"?: {
                /**
                 * The scheduler will prefer to schedule pods to nodes that satisfy
                 * the anti-affinity expressions specified by this field, but it may choose
                 * a node that violates one or more of the expressions. The node that is
                 * most preferred is the one with the greatest sum of weights, i.e.
                 * for each node that meets all of the scheduling requirements (resource
                 * request, requiredDuringScheduling anti-affinity expressions, etc.),
                 * compute a sum by iterating through the elements of this field and adding
                 * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
                 * node(s) with the highest sum are the most preferred.
                 */
                "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                  /**
                   * Required. A pod affinity term, associated with the corresponding weight.
                   */
                  "podAffinityTerm": {
                    /**
                     * A label query over a set of resources, in this case pods.
                     * If it's null, this PodAffinityTerm matches with no Pods.
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
                     * MatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "matchLabelKeys"?: Array<string>;
                    /**
                     * MismatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "mismatchLabelKeys"?: Array<string>;
                    /**
                     * A label query over the set of namespaces that the term applies to.
                     * The term is applied to the union of the namespaces selected by this field
                     * and the ones listed in the namespaces field.
                     * null selector and null or empty namespaces list means "this pod's namespace".
                     * An empty selector ({}) matches all namespaces.
                     */
                    "namespaceSelector"?: {
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
                     * namespaces specifies a static list of namespace names that the term applies to.
                     * The term is applied to the union of the namespaces listed in this field
                     * and the ones selected by namespaceSelector.
                     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                     */
                    "namespaces"?: Array<string>;
                    /**
                     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                     * whose value of the label with key topologyKey matches that of any node on which any of the
                     * selected pods is running.
                     * Empty topologyKey is not allowed.
                     */
                    "topologyKey": string;
                  };
                  /**
                   * weight associated with matching the corresponding podAffinityTerm,
                   * in the range 1-100.
                   */
                  "weight": number;
                }>;
                /**
                 * If the anti-affinity requirements specified by this field are not met at
                 * scheduling time, the pod will not be scheduled onto the node.
                 * If the anti-affinity requirements specified by this field cease to be met
                 * at some point during pod execution (e.g. due to a pod label update), the
                 * system may or may not try to eventually evict the pod from its node.
                 * When there are multiple elements, the lists of nodes corresponding to each
                 * podAffinityTerm are intersected, i.e. all terms must be satisfied.
                 */
                "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                  /**
                   * A label query over a set of resources, in this case pods.
                   * If it's null, this PodAffinityTerm matches with no Pods.
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
                   * MatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                   * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "matchLabelKeys"?: Array<string>;
                  /**
                   * MismatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                   * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "mismatchLabelKeys"?: Array<string>;
                  /**
                   * A label query over the set of namespaces that the term applies to.
                   * The term is applied to the union of the namespaces selected by this field
                   * and the ones listed in the namespaces field.
                   * null selector and null or empty namespaces list means "this pod's namespace".
                   * An empty selector ({}) matches all namespaces.
                   */
                  "namespaceSelector"?: {
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
                   * namespaces specifies a static list of namespace names that the term applies to.
                   * The term is applied to the union of the namespaces listed in this field
                   * and the ones selected by namespaceSelector.
                   * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                   */
                  "namespaces"?: Array<string>;
                  /**
                   * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                   * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                   * whose value of the label with key topologyKey matches that of any node on which any of the
                   * selected pods is running.
                   * Empty topologyKey is not allowed.
                   */
                  "topologyKey": string;
                }>;
              };
            };
            /**
             * Containers is a list of calico-node-windows containers.
             * If specified, this overrides the specified calico-node-windows DaemonSet containers.
             * If omitted, the calico-node-windows DaemonSet will use its default values for its containers.
             */
            "containers"?: Array<{
              /**
               * Name is an enum which identifies the calico-node-windows DaemonSet container by name.
               * Supported values are: calico-node-windows
               */
              "name": "calico-node-windows";
              /**
               * Resources allows customization of limits and requests for compute resources such as cpu and memory.
               * If specified, this overrides the named calico-node-windows DaemonSet container's resources.
               * If omitted, the calico-node-windows DaemonSet will use its default value for this container's resources.
               * If used in conjunction with the deprecated ComponentResources, then this value takes precedence.
               */
              "resources"?: {
                /**
                 * Claims lists the names of resources, defined in spec.resourceClaims,
                 * that are used by this container.
                 * This is an alpha field and requires enabling the
                 * DynamicResourceAllocation feature gate.
                 * This field is immutable. It can only be set for containers.
                 */
                "claims"?: Array<{
                  /**
                   * Name must match the name of one entry in pod.spec.resourceClaims of
                   * the Pod where this field is used. It makes that resource available
                   * inside a container.
                   */
                  "name": string;
                  /**
                   * Request is the name chosen for a request in the referenced claim.
                   * If empty, everything from the claim is made available, otherwise
                   * only the result of this request.
                   */
                  "request"?: string;
                }>;
                /**
                 * Limits describes the maximum amount of compute resources allowed.
                 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                 */
                "limits"?: {
                  [key: string]: number | string;
                };
                /**
                 * Requests describes the minimum amount of compute resources required.
                 * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                 * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                 */
                "requests"?: {
                  [key: string]: number | string;
                };
              };
            }>;
            /**
             * InitContainers is a list of calico-node-windows init containers.
             * If specified, this overrides the specified calico-node-windows DaemonSet init containers.
             * If omitted, the calico-node-windows DaemonSet will use its default values for its init containers.
             */
            "initContainers"?: Array<{
              /**
               * Name is an enum which identifies the calico-node-windows DaemonSet init container by name.
               * Supported values are: install-cni;hostpath-init, flexvol-driver, node-certs-key-cert-provisioner, calico-node-windows-prometheus-server-tls-key-cert-provisioner
               */
              "name": "install-cni" | "hostpath-init" | "flexvol-driver" | "node-certs-key-cert-provisioner" | "calico-node-windows-prometheus-server-tls-key-cert-provisioner";
              /**
               * Resources allows customization of limits and requests for compute resources such as cpu and memory.
               * If specified, this overrides the named calico-node-windows DaemonSet init container's resources.
               * If omitted, the calico-node-windows DaemonSet will use its default value for this container's resources.
               * If used in conjunction with the deprecated ComponentResources, then this value takes precedence.
               */
              "resources"?: {
                /**
                 * Claims lists the names of resources, defined in spec.resourceClaims,
                 * that are used by this container.
                 * This is an alpha field and requires enabling the
                 * DynamicResourceAllocation feature gate.
                 * This field is immutable. It can only be set for containers.
                 */
                "claims"?: Array<{
                  /**
                   * Name must match the name of one entry in pod.spec.resourceClaims of
                   * the Pod where this field is used. It makes that resource available
                   * inside a container.
                   */
                  "name": string;
                  /**
                   * Request is the name chosen for a request in the referenced claim.
                   * If empty, everything from the claim is made available, otherwise
                   * only the result of this request.
                   */
                  "request"?: string;
                }>;
                /**
                 * Limits describes the maximum amount of compute resources allowed.
                 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                 */
                "limits"?: {
                  [key: string]: number | string;
                };
                /**
                 * Requests describes the minimum amount of compute resources required.
                 * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                 * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                 */
                "requests"?: {
                  [key: string]: number | string;
                };
              };
            }>;
            /**
             * NodeSelector is the calico-node-windows pod's scheduling constraints.
             * If specified, each of the key/value pairs are added to the calico-node-windows DaemonSet nodeSelector provided
             * the key does not already exist in the object's nodeSelector.
             * If omitted, the calico-node-windows DaemonSet will use its default value for nodeSelector.
             * WARNING: Please note that this field will modify the default calico-node-windows DaemonSet nodeSelector.
             */
            "nodeSelector"?: {
              [key: string]: string;
            };
            /**
             * Tolerations is the calico-node-windows pod's tolerations.
             * If specified, this overrides any tolerations that may be set on the calico-node-windows DaemonSet.
             * If omitted, the calico-node-windows DaemonSet will use its default value for tolerations.
             * WARNING: Please note that this field will override the default calico-node-windows DaemonSet tolerations.
             */
            "tolerations"?: Array<{
              /**
               * Effect indicates the taint effect to match. Empty means match all taint effects.
               * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
               */
              "effect"?: string;
              /**
               * Key is the taint key that the toleration applies to. Empty means match all taint keys.
               * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
               */
              "key"?: string;
              /**
               * Operator represents a key's relationship to the value.
               * Valid operators are Exists and Equal. Defaults to Equal.
               * Exists is equivalent to wildcard for value, so that a pod can
               * tolerate all taints of a particular category.
               */
              "operator"?: string;
              /**
               * TolerationSeconds represents the period of time the toleration (which must be
               * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
               * it is not set, which means tolerate the taint forever (do not evict). Zero and
               * negative values will be treated as 0 (evict immediately) by the system.
               */
              "tolerationSeconds"?: number;
              /**
               * Value is the taint value the toleration matches to.
               * If the operator is Exists, the value should be empty, otherwise just a regular string.
               */
              "value"?: string;
            }>;
          };
        };
      };
    };
    /**
     * Deprecated. The CalicoWindowsUpgradeDaemonSet is deprecated and will be removed from the API in the future.
     * CalicoWindowsUpgradeDaemonSet configures the calico-windows-upgrade DaemonSet.
     */
    "calicoWindowsUpgradeDaemonSet"?: {
      /**
       * Metadata is a subset of a Kubernetes object's metadata that is added to the Deployment.
       */
      "metadata"?: {
        /**
         * Annotations is a map of arbitrary non-identifying metadata. Each of these
         * key/value pairs are added to the object's annotations provided the key does not
         * already exist in the object's annotations.
         */
        "annotations"?: {
          [key: string]: string;
        };
        /**
         * Labels is a map of string keys and values that may match replicaset and
         * service selectors. Each of these key/value pairs are added to the
         * object's labels provided the key does not already exist in the object's labels.
         */
        "labels"?: {
          [key: string]: string;
        };
      };
      /**
       * Spec is the specification of the calico-windows-upgrade DaemonSet.
       */
      "spec"?: {
        /**
         * MinReadySeconds is the minimum number of seconds for which a newly created Deployment pod should
         * be ready without any of its container crashing, for it to be considered available.
         * If specified, this overrides any minReadySeconds value that may be set on the calico-windows-upgrade DaemonSet.
         * If omitted, the calico-windows-upgrade DaemonSet will use its default value for minReadySeconds.
         */
        "minReadySeconds"?: number;
        /**
         * Template describes the calico-windows-upgrade DaemonSet pod that will be created.
         */
        "template"?: {
          /**
           * Metadata is a subset of a Kubernetes object's metadata that is added to
           * the pod's metadata.
           */
          "metadata"?: {
            /**
             * Annotations is a map of arbitrary non-identifying metadata. Each of these
             * key/value pairs are added to the object's annotations provided the key does not
             * already exist in the object's annotations.
             */
            "annotations"?: {
              [key: string]: string;
            };
            /**
             * Labels is a map of string keys and values that may match replicaset and
             * service selectors. Each of these key/value pairs are added to the
             * object's labels provided the key does not already exist in the object's labels.
             */
            "labels"?: {
              [key: string]: string;
            };
          };
          /**
           * Spec is the calico-windows-upgrade DaemonSet's PodSpec.
           */
          "spec"?: {
            /**
             * Affinity is a group of affinity scheduling rules for the calico-windows-upgrade pods.
             * If specified, this overrides any affinity that may be set on the calico-windows-upgrade DaemonSet.
             * If omitted, the calico-windows-upgrade DaemonSet will use its default value for affinity.
             * WARNING: Please note that this field will override the default calico-windows-upgrade DaemonSet affinity.
             */
            "affinity"?: {
              /**
               * Describes node affinity scheduling rules for the pod.
               */
              "nodeAffinity"?: {
                /**
                 * The scheduler will prefer to schedule pods to nodes that satisfy
                 * the affinity expressions specified by this field, but it may choose
                 * a node that violates one or more of the expressions. The node that is
                 * most preferred is the one with the greatest sum of weights, i.e.
                 * for each node that meets all of the scheduling requirements (resource
                 * request, requiredDuringScheduling affinity expressions, etc.),
                 * compute a sum by iterating through the elements of this field and adding
                 * "weight" to the sum if the node matches the corresponding matchExpressions; the
                 * node(s) with the highest sum are the most preferred.
                 */
                "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                  /**
                   * A node selector term, associated with the corresponding weight.
                   */
                  "preference": {
                    /**
                     * A list of node selector requirements by node's labels.
                     */
                    "matchExpressions"?: Array<{
                      /**
                       * The label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * Represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                       */
                      "operator": string;
                      /**
                       * An array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. If the operator is Gt or Lt, the values
                       * array must have a single element, which will be interpreted as an integer.
                       * This array is replaced during a strategic merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                    /**
                     * A list of node selector requirements by node's fields.
                     */
                    "matchFields"?: Array<{
                      /**
                       * The label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * Represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                       */
                      "operator": string;
                      /**
                       * An array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. If the operator is Gt or Lt, the values
                       * array must have a single element, which will be interpreted as an integer.
                       * This array is replaced during a strategic merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                  };
                  /**
                   * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
                   */
                  "weight": number;
                }>;
                /**
                 * If the affinity requirements specified by this field are not met at
                 * scheduling time, the pod will not be scheduled onto the node.
                 * If the affinity requirements specified by this field cease to be met
                 * at some point during pod execution (e.g. due to an update), the system
                 * may or may not try to eventually evict the pod from its node.
                 */
                "requiredDuringSchedulingIgnoredDuringExecution"?: {
                  /**
                   * Required. A list of node selector terms. The terms are ORed.
                   */
                  "nodeSelectorTerms": Array<{
                    /**
                     * A list of node selector requirements by node's labels.
                     */
                    "matchExpressions"?: Array<{
                      /**
                       * The label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * Represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                       */
                      "operator": string;
                      /**
                       * An array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. If the operator is Gt or Lt, the values
                       * array must have a single element, which will be interpreted as an integer.
                       * This array is replaced during a strategic merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                    /**
                     * A list of node selector requirements by node's fields.
                     */
                    "matchFields"?: Array<{
                      /**
                       * The label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * Represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                       */
                      "operator": string;
                      /**
                       * An array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. If the operator is Gt or Lt, the values
                       * array must have a single element, which will be interpreted as an integer.
                       * This array is replaced during a strategic merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                  }>;
                };
              };
              /**
               * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
               */
              "podAffinity"?: {
                /**
                 * The scheduler will prefer to schedule pods to nodes that satisfy
                 * the affinity expressions specified by this field, but it may choose
                 * a node that violates one or more of the expressions. The node that is
                 * most preferred is the one with the greatest sum of weights, i.e.
                 * for each node that meets all of the scheduling requirements (resource
                 * request, requiredDuringScheduling affinity expressions, etc.),
                 * compute a sum by iterating through the elements of this field and adding
                 * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
                 * node(s) with the highest sum are the most preferred.
                 */
                "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                  /**
                   * Required. A pod affinity term, associated with the corresponding weight.
                   */
                  "podAffinityTerm": {
                    /**
                     * A label query over a set of resources, in this case pods.
                     * If it's null, this PodAffinityTerm matches with no Pods.
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
                     * MatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "matchLabelKeys"?: Array<string>;
                    /**
                     * MismatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "mismatchLabelKeys"?: Array<string>;
                    /**
                     * A label query over the set of namespaces that the term applies to.
                     * The term is applied to the union of the namespaces selected by this field
                     * and the ones listed in the namespaces field.
                     * null selector and null or empty namespaces list means "this pod's namespace".
                     * An empty selector ({}) matches all namespaces.
                     */
                    "namespaceSelector"?: {
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
                     * namespaces specifies a static list of namespace names that the term applies to.
                     * The term is applied to the union of the namespaces listed in this field
                     * and the ones selected by namespaceSelector.
                     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                     */
                    "namespaces"?: Array<string>;
                    /**
                     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                     * whose value of the label with key topologyKey matches that of any node on which any of the
                     * selected pods is running.
                     * Empty topologyKey is not allowed.
                     */
                    "topologyKey": string;
                  };
                  /**
                   * weight associated with matching the corresponding podAffinityTerm,
                   * in the range 1-100.
                   */
                  "weight": number;
                }>;
                /**
                 * If the affinity requirements specified by this field are not met at
                 * scheduling time, the pod will not be scheduled onto the node.
                 * If the affinity requirements specified by this field cease to be met
                 * at some point during pod execution (e.g. due to a pod label update), the
                 * system may or may not try to eventually evict the pod from its node.
                 * When there are multiple elements, the lists of nodes corresponding to each
                 * podAffinityTerm are intersected, i.e. all terms must be satisfied.
                 */
                "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                  /**
                   * A label query over a set of resources, in this case pods.
                   * If it's null, this PodAffinityTerm matches with no Pods.
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
                   * MatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                   * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "matchLabelKeys"?: Array<string>;
                  /**
                   * MismatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                   * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "mismatchLabelKeys"?: Array<string>;
                  /**
                   * A label query over the set of namespaces that the term applies to.
                   * The term is applied to the union of the namespaces selected by this field
                   * and the ones listed in the namespaces field.
                   * null selector and null or empty namespaces list means "this pod's namespace".
                   * An empty selector ({}) matches all namespaces.
                   */
                  "namespaceSelector"?: {
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
                   * namespaces specifies a static list of namespace names that the term applies to.
                   * The term is applied to the union of the namespaces listed in this field
                   * and the ones selected by namespaceSelector.
                   * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                   */
                  "namespaces"?: Array<string>;
                  /**
                   * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                   * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                   * whose value of the label with key topologyKey matches that of any node on which any of the
                   * selected pods is running.
                   * Empty topologyKey is not allowed.
                   */
                  "topologyKey": string;
                }>;
              };
              /**
               * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
               */
              "podAntiAffinity"?: {
                /**
                 * The scheduler will prefer to schedule pods to nodes that satisfy
                 * the anti-affinity expressions specified by this field, but it may choose
                 * a node that violates one or more of the expressions. The node that is
                 * most preferred is the one with the greatest sum of weights, i.e.
                 * for each node that meets all of the scheduling requirements (resource
                 * request, requiredDuringScheduling anti-affinity expressions, etc.),
                 * compute a sum by iterating through the elements of this field and adding
                 * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
                 * node(s) with the highest sum are the most preferred.
                 */
                "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                  /**
                   * Required. A pod affinity term, associated with the corresponding weight.
                   */
                  "podAffinityTerm": {
                    /**
                     * A label query over a set of resources, in this case pods.
                     * If it's null, this PodAffinityTerm matches with no Pods.
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
                     * MatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "matchLabelKeys"?: Array<string>;
                    /**
                     * MismatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "mismatchLabelKeys"?: Array<string>;
                    /**
                     * A label query over the set of namespaces that the term applies to.
                     * The term is applied to the union of the namespaces selected by this field
                     * and the ones listed in the namespaces field.
                     * null selector and null or empty namespaces list means "this pod's namespace".
                     * An empty selector ({}) matches all namespaces.
                     */
                    "namespaceSelector"?: {
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
                     * namespaces specifies a static list of namespace names that the term applies to.
                     * The term is applied to the union of the namespaces listed in this field
                     * and the ones selected by namespaceSelector.
                     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                     */
                    "namespaces"?: Array<string>;
                    /**
                     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                     * whose value of the label with key topologyKey matches that of any node on which any of the
                     * selected pods is running.
                     * Empty topologyKey is not allowed.
                     */
                    "topologyKey": string;
                  };
                  /**
                   * weight associated with matching the corresponding podAffinityTerm,
                   * in the range 1-100.
                   */
                  "weight": number;
                }>;
                /**
                 * If the anti-affinity requirements specified by this field are not met at
                 * scheduling time, the pod will not be scheduled onto the node.
                 * If the anti-affinity requirements specified by this field cease to be met
                 * at some point during pod execution (e.g. due to a pod label update), the
                 * system may or may not try to eventually evict the pod from its node.
                 * When there are multiple elements, the lists of nodes corresponding to each
                 * podAffinityTerm are intersected, i.e. all terms must be satisfied.
                 */
                "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                  /**
                   * A label query over a set of resources, in this case pods.
                   * If it's null, this PodAffinityTerm matches with no Pods.
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
                   * MatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                   * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "matchLabelKeys"?: Array<string>;
                  /**
                   * MismatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                   * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "mismatchLabelKeys"?: Array<string>;
                  /**
                   * A label query over the set of namespaces that the term applies to.
                   * The term is applied to the union of the namespaces selected by this field
                   * and the ones listed in the namespaces field.
                   * null selector and null or empty namespaces list means "this pod's namespace".
                   * An empty selector ({}) matches all namespaces.
                   */
                  "namespaceSelector"?: {
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
                   * namespaces specifies a static list of namespace names that the term applies to.
                   * The term is applied to the union of the namespaces listed in this field
                   * and the ones selected by namespaceSelector.
                   * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                   */
                  "namespaces"?: Array<string>;
                  /**
                   * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                   * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                   * whose value of the label with key topologyKey matches that of any node on which any of the
                   * selected pods is running.
                   * Empty topologyKey is not allowed.
                   */
                  "topologyKey": string;
                }>;
              };
            };
            /**
             * Containers is a list of calico-windows-upgrade containers.
             * If specified, this overrides the specified calico-windows-upgrade DaemonSet containers.
             * If omitted, the calico-windows-upgrade DaemonSet will use its default values for its containers.
             */
            "containers"?: Array<{
              /**
               * Name is an enum which identifies the calico-windows-upgrade DaemonSet container by name.
               */
              "name": "calico-windows-upgrade";
              /**
               * Resources allows customization of limits and requests for compute resources such as cpu and memory.
               * If specified, this overrides the named calico-windows-upgrade DaemonSet container's resources.
               * If omitted, the calico-windows-upgrade DaemonSet will use its default value for this container's resources.
               */
              "resources"?: {
                /**
                 * Claims lists the names of resources, defined in spec.resourceClaims,
                 * that are used by this container.
                 * This is an alpha field and requires enabling the
                 * DynamicResourceAllocation feature gate.
                 * This field is immutable. It can only be set for containers.
                 */
                "claims"?: Array<{
                  /**
                   * Name must match the name of one entry in pod.spec.resourceClaims of
                   * the Pod where this field is used. It makes that resource available
                   * inside a container.
                   */
                  "name": string;
                  /**
                   * Request is the name chosen for a request in the referenced claim.
                   * If empty, everything from the claim is made available, otherwise
                   * only the result of this request.
                   */
                  "request"?: string;
                }>;
                /**
                 * Limits describes the maximum amount of compute resources allowed.
                 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                 */
                "limits"?: {
                  [key: string]: number | string;
                };
                /**
                 * Requests describes the minimum amount of compute resources required.
                 * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                 * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                 */
                "requests"?: {
                  [key: string]: number | string;
                };
              };
            }>;
            /**
             * NodeSelector is the calico-windows-upgrade pod's scheduling constraints.
             * If specified, each of the key/value pairs are added to the calico-windows-upgrade DaemonSet nodeSelector provided
             * the key does not already exist in the object's nodeSelector.
             * If omitted, the calico-windows-upgrade DaemonSet will use its default value for nodeSelector.
             * WARNING: Please note that this field will modify the default calico-windows-upgrade DaemonSet nodeSelector.
             */
            "nodeSelector"?: {
              [key: string]: string;
            };
            /**
             * Tolerations is the calico-windows-upgrade pod's tolerations.
             * If specified, this overrides any tolerations that may be set on the calico-windows-upgrade DaemonSet.
             * If omitted, the calico-windows-upgrade DaemonSet will use its default value for tolerations.
             * WARNING: Please note that this field will override the default calico-windows-upgrade DaemonSet tolerations.
             */
            "tolerations"?: Array<{
              /**
               * Effect indicates the taint effect to match. Empty means match all taint effects.
               * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
               */
              "effect"?: string;
              /**
               * Key is the taint key that the toleration applies to. Empty means match all taint keys.
               * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
               */
              "key"?: string;
              /**
               * Operator represents a key's relationship to the value.
               * Valid operators are Exists and Equal. Defaults to Equal.
               * Exists is equivalent to wildcard for value, so that a pod can
               * tolerate all taints of a particular category.
               */
              "operator"?: string;
              /**
               * TolerationSeconds represents the period of time the toleration (which must be
               * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
               * it is not set, which means tolerate the taint forever (do not evict). Zero and
               * negative values will be treated as 0 (evict immediately) by the system.
               */
              "tolerationSeconds"?: number;
              /**
               * Value is the taint value the toleration matches to.
               * If the operator is Exists, the value should be empty, otherwise just a regular string.
               */
              "value"?: string;
            }>;
          };
        };
      };
    };
    /**
     * CertificateManagement configures pods to submit a CertificateSigningRequest to the certificates.k8s.io/v1 API in order
     * to obtain TLS certificates. This feature requires that you bring your own CSR signing and approval process, otherwise
     * pods will be stuck during initialization.
     */
    "certificateManagement"?: {
      /**
       * Certificate of the authority that signs the CertificateSigningRequests in PEM format.
       */
      "caCert": string;
      /**
       * Specify the algorithm used by pods to generate a key pair that is associated with the X.509 certificate request.
       * Default: RSAWithSize2048
       */
      "keyAlgorithm"?: "" | "RSAWithSize2048" | "RSAWithSize4096" | "RSAWithSize8192" | "ECDSAWithCurve256" | "ECDSAWithCurve384" | "ECDSAWithCurve521";
      /**
       * Specify the algorithm used for the signature of the X.509 certificate request.
       * Default: SHA256WithRSA
       */
      "signatureAlgorithm"?: "" | "SHA256WithRSA" | "SHA384WithRSA" | "SHA512WithRSA" | "ECDSAWithSHA256" | "ECDSAWithSHA384" | "ECDSAWithSHA512";
      /**
       * When a CSR is issued to the certificates.k8s.io API, the signerName is added to the request in order to accommodate for clusters
       * with multiple signers.
       * Must be formatted as: `<my-domain>/<my-signername>`.
       */
      "signerName": string;
    };
    /**
     * CNI specifies the CNI that will be used by this installation.
     */
    "cni"?: {
      /**
       * BinDir is the path to the CNI binaries directory.
       * If you have changed the installation directory for CNI binaries in the container runtime configuration,
       * please ensure that this field points to the same directory as specified in the container runtime settings.
       * Default directory depends on the KubernetesProvider.
       * \* For KubernetesProvider GKE, this field defaults to "/home/kubernetes/bin".
       * \* For KubernetesProvider OpenShift, this field defaults to "/var/lib/cni/bin".
       * \* Otherwise, this field defaults to "/opt/cni/bin".
       */
      "binDir"?: string;
      /**
       * ConfDir is the path to the CNI config directory.
       * If you have changed the installation directory for CNI configuration in the container runtime configuration,
       * please ensure that this field points to the same directory as specified in the container runtime settings.
       * Default directory depends on the KubernetesProvider.
       * \* For KubernetesProvider GKE, this field defaults to "/etc/cni/net.d".
       * \* For KubernetesProvider OpenShift, this field defaults to "/var/run/multus/cni/net.d".
       * \* Otherwise, this field defaults to "/etc/cni/net.d".
       */
      "confDir"?: string;
      /**
       * IPAM specifies the pod IP address management that will be used in the Calico or
       * Calico Enterprise installation.
       */
      "ipam"?: {
        /**
         * Specifies the IPAM plugin that will be used in the Calico or Calico Enterprise installation.
         * \* For CNI Plugin Calico, this field defaults to Calico.
         * \* For CNI Plugin GKE, this field defaults to HostLocal.
         * \* For CNI Plugin AzureVNET, this field defaults to AzureVNET.
         * \* For CNI Plugin AmazonVPC, this field defaults to AmazonVPC.
         * The IPAM plugin is installed and configured only if the CNI plugin is set to Calico,
         * for all other values of the CNI plugin the plugin binaries and CNI config is a dependency
         * that is expected to be installed separately.
         * Default: Calico
         */
        "type": "Calico" | "HostLocal" | "AmazonVPC" | "AzureVNET";
      };
      /**
       * SpecVersion configures the CNI specification version declared in the
       * CNI configuration ("cniVersion") that the operator generates. Auto
       * (the default) lets the operator choose an appropriate version, which
       * may increase across operator upgrades. Pin an explicit version if a
       * chained CNI plugin or container runtime in your environment requires
       * one. Only relevant when using the Calico CNI plugin.
       * Default: Auto
       */
      "specVersion"?: "Auto" | "0.3.1" | "0.4.0" | "1.0.0";
      /**
       * Specifies the CNI plugin that will be used in the Calico or Calico Enterprise installation.
       * \* For KubernetesProvider GKE, this field defaults to GKE.
       * \* For KubernetesProvider AKS, this field defaults to AzureVNET.
       * \* For KubernetesProvider EKS, this field defaults to AmazonVPC.
       * \* If aws-node daemonset exists in kube-system when the Installation resource is created, this field defaults to AmazonVPC.
       * \* For all other cases this field defaults to Calico.
       * For the value Calico, the CNI plugin binaries and CNI config will be installed as part of deployment,
       * for all other values the CNI plugin binaries and CNI config is a dependency that is expected
       * to be installed separately.
       * Default: Calico
       */
      "type": "Calico" | "GKE" | "AmazonVPC" | "AzureVNET";
    };
    /**
     * Deprecated. Please use CalicoNodeDaemonSet, TyphaDeployment, and KubeControllersDeployment.
     * ComponentResources can be used to customize the resource requirements for each component.
     * Node, Typha, and KubeControllers are supported for installations.
     */
    "componentResources"?: Array<{
      /**
       * ComponentName is an enum which identifies the component
       */
      "componentName": "Node" | "Typha" | "KubeControllers";
      /**
       * ResourceRequirements allows customization of limits and requests for compute resources such as cpu and memory.
       */
      "resourceRequirements": {
        /**
         * Claims lists the names of resources, defined in spec.resourceClaims,
         * that are used by this container.
         * This is an alpha field and requires enabling the
         * DynamicResourceAllocation feature gate.
         * This field is immutable. It can only be set for containers.
         */
        "claims"?: Array<{
          /**
           * Name must match the name of one entry in pod.spec.resourceClaims of
           * the Pod where this field is used. It makes that resource available
           * inside a container.
           */
          "name": string;
          /**
           * Request is the name chosen for a request in the referenced claim.
           * If empty, everything from the claim is made available, otherwise
           * only the result of this request.
           */
          "request"?: string;
        }>;
        /**
         * Limits describes the maximum amount of compute resources allowed.
         * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
         */
        "limits"?: {
          [key: string]: number | string;
        };
        /**
         * Requests describes the minimum amount of compute resources required.
         * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
         * otherwise to an implementation-defined value. Requests cannot exceed Limits.
         * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
         */
        "requests"?: {
          [key: string]: number | string;
        };
      };
    }>;
    /**
     * ControlPlaneNodeSelector is used to select control plane nodes on which to run Calico
     * components. This is globally applied to all resources created by the operator excluding daemonsets.
     */
    "controlPlaneNodeSelector"?: {
      [key: string]: string;
    };
    /**
     * ControlPlaneReplicas defines how many replicas of the control plane core components will be deployed.
     * This field applies to all control plane components that support High Availability. Defaults to 2.
     */
    "controlPlaneReplicas"?: number;
    /**
     * ControlPlaneTolerations specify tolerations which are then globally applied to all resources
     * created by the operator.
     */
    "controlPlaneTolerations"?: Array<{
      /**
       * Effect indicates the taint effect to match. Empty means match all taint effects.
       * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
       */
      "effect"?: string;
      /**
       * Key is the taint key that the toleration applies to. Empty means match all taint keys.
       * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
       */
      "key"?: string;
      /**
       * Operator represents a key's relationship to the value.
       * Valid operators are Exists and Equal. Defaults to Equal.
       * Exists is equivalent to wildcard for value, so that a pod can
       * tolerate all taints of a particular category.
       */
      "operator"?: string;
      /**
       * TolerationSeconds represents the period of time the toleration (which must be
       * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
       * it is not set, which means tolerate the taint forever (do not evict). Zero and
       * negative values will be treated as 0 (evict immediately) by the system.
       */
      "tolerationSeconds"?: number;
      /**
       * Value is the taint value the toleration matches to.
       * If the operator is Exists, the value should be empty, otherwise just a regular string.
       */
      "value"?: string;
    }>;
    /**
     * CSINodeDriverDaemonSet configures the csi-node-driver DaemonSet.
     */
    "csiNodeDriverDaemonSet"?: {
      /**
       * Metadata is a subset of a Kubernetes object's metadata that is added to the DaemonSet.
       */
      "metadata"?: {
        /**
         * Annotations is a map of arbitrary non-identifying metadata. Each of these
         * key/value pairs are added to the object's annotations provided the key does not
         * already exist in the object's annotations.
         */
        "annotations"?: {
          [key: string]: string;
        };
        /**
         * Labels is a map of string keys and values that may match replicaset and
         * service selectors. Each of these key/value pairs are added to the
         * object's labels provided the key does not already exist in the object's labels.
         */
        "labels"?: {
          [key: string]: string;
        };
      };
      /**
       * Spec is the specification of the csi-node-driver DaemonSet.
       */
      "spec"?: {
        /**
         * MinReadySeconds is the minimum number of seconds for which a newly created DaemonSet pod should
         * be ready without any of its container crashing, for it to be considered available.
         * If specified, this overrides any minReadySeconds value that may be set on the csi-node-driver DaemonSet.
         * If omitted, the csi-node-driver DaemonSet will use its default value for minReadySeconds.
         */
        "minReadySeconds"?: number;
        /**
         * Template describes the csi-node-driver DaemonSet pod that will be created.
         */
        "template"?: {
          /**
           * Metadata is a subset of a Kubernetes object's metadata that is added to
           * the pod's metadata.
           */
          "metadata"?: {
            /**
             * Annotations is a map of arbitrary non-identifying metadata. Each of these
             * key/value pairs are added to the object's annotations provided the key does not
             * already exist in the object's annotations.
             */
            "annotations"?: {
              [key: string]: string;
            };
            /**
             * Labels is a map of string keys and values that may match replicaset and
             * service selectors. Each of these key/value pairs are added to the
             * object's labels provided the key does not already exist in the object's labels.
             */
            "labels"?: {
              [key: string]: string;
            };
          };
          /**
           * Spec is the csi-node-driver DaemonSet's PodSpec.
           */
          "spec"?: {
            /**
             * Affinity is a group of affinity scheduling rules for the csi-node-driver pods.
             * If specified, this overrides any affinity that may be set on the csi-node-driver DaemonSet.
             * If omitted, the csi-node-driver DaemonSet will use its default value for affinity.
             * WARNING: Please note that this field will override the default csi-node-driver DaemonSet affinity.
             */
            "affinity"?: {
              /**
               * Describes node affinity scheduling rules for the pod.
               */
              "nodeAffinity"?: {
                /**
                 * The scheduler will prefer to schedule pods to nodes that satisfy
                 * the affinity expressions specified by this field, but it may choose
                 * a node that violates one or more of the expressions. The node that is
                 * most preferred is the one with the greatest sum of weights, i.e.
                 * for each node that meets all of the scheduling requirements (resource
                 * request, requiredDuringScheduling affinity expressions, etc.),
                 * compute a sum by iterating through the elements of this field and adding
                 * "weight" to the sum if the node matches the corresponding matchExpressions; the
                 * node(s) with the highest sum are the most preferred.
                 */
                "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                  /**
                   * A node selector term, associated with the corresponding weight.
                   */
                  "preference": {
                    /**
                     * A list of node selector requirements by node's labels.
                     */
                    "matchExpressions"?: Array<{
                      /**
                       * The label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * Represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                       */
                      "operator": string;
                      /**
                       * An array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. If the operator is Gt or Lt, the values
                       * array must have a single element, which will be interpreted as an integer.
                       * This array is replaced during a strategic merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                    /**
                     * A list of node selector requirements by node's fields.
                     */
                    "matchFields"?: Array<{
                      /**
                       * The label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * Represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                       */
                      "operator": string;
                      /**
                       * An array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. If the operator is Gt or Lt, the values
                       * array must have a single element, which will be interpreted as an integer.
                       * This array is replaced during a strategic merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                  };
                  /**
                   * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
                   */
                  "weight": number;
                }>;
                /**
                 * If the affinity requirements specified by this field are not met at
                 * scheduling time, the pod will not be scheduled onto the node.
                 * If the affinity requirements specified by this field cease to be met
                 * at some point during pod execution (e.g. due to an update), the system
                 * may or may not try to eventually evict the pod from its node.
                 */
                "requiredDuringSchedulingIgnoredDuringExecution"?: {
                  /**
                   * Required. A list of node selector terms. The terms are ORed.
                   */
                  "nodeSelectorTerms": Array<{
                    /**
                     * A list of node selector requirements by node's labels.
                     */
                    "matchExpressions"?: Array<{
                      /**
                       * The label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * Represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                       */
                      "operator": string;
                      /**
                       * An array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. If the operator is Gt or Lt, the values
                       * array must have a single element, which will be interpreted as an integer.
                       * This array is replaced during a strategic merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                    /**
                     * A list of node selector requirements by node's fields.
                     */
                    "matchFields"?: Array<{
                      /**
                       * The label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * Represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                       */
                      "operator": string;
                      /**
                       * An array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. If the operator is Gt or Lt, the values
                       * array must have a single element, which will be interpreted as an integer.
                       * This array is replaced during a strategic merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                  }>;
                };
              };
              /**
               * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
               */
              "podAffinity"?: {
                /**
                 * The scheduler will prefer to schedule pods to nodes that satisfy
                 * the affinity expressions specified by this field, but it may choose
                 * a node that violates one or more of the expressions. The node that is
                 * most preferred is the one with the greatest sum of weights, i.e.
                 * for each node that meets all of the scheduling requirements (resource
                 * request, requiredDuringScheduling affinity expressions, etc.),
                 * compute a sum by iterating through the elements of this field and adding
                 * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
                 * node(s) with the highest sum are the most preferred.
                 */
                "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                  /**
                   * Required. A pod affinity term, associated with the corresponding weight.
                   */
                  "podAffinityTerm": {
                    /**
                     * A label query over a set of resources, in this case pods.
                     * If it's null, this PodAffinityTerm matches with no Pods.
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
                     * MatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "matchLabelKeys"?: Array<string>;
                    /**
                     * MismatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "mismatchLabelKeys"?: Array<string>;
                    /**
                     * A label query over the set of namespaces that the term applies to.
                     * The term is applied to the union of the namespaces selected by this field
                     * and the ones listed in the namespaces field.
                     * null selector and null or empty namespaces list means "this pod's namespace".
                     * An empty selector ({}) matches all namespaces.
                     */
                    "namespaceSelector"?: {
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
                     * namespaces specifies a static list of namespace names that the term applies to.
                     * The term is applied to the union of the namespaces listed in this field
                     * and the ones selected by namespaceSelector.
                     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                     */
                    "namespaces"?: Array<string>;
                    /**
                     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                     * whose value of the label with key topologyKey matches that of any node on which any of the
                     * selected pods is running.
                     * Empty topologyKey is not allowed.
                     */
                    "topologyKey": string;
                  };
                  /**
                   * weight associated with matching the corresponding podAffinityTerm,
                   * in the range 1-100.
                   */
                  "weight": number;
                }>;
                /**
                 * If the affinity requirements specified by this field are not met at
                 * scheduling time, the pod will not be scheduled onto the node.
                 * If the affinity requirements specified by this field cease to be met
                 * at some point during pod execution (e.g. due to a pod label update), the
                 * system may or may not try to eventually evict the pod from its node.
                 * When there are multiple elements, the lists of nodes corresponding to each
                 * podAffinityTerm are intersected, i.e. all terms must be satisfied.
                 */
                "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                  /**
                   * A label query over a set of resources, in this case pods.
                   * If it's null, this PodAffinityTerm matches with no Pods.
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
                   * MatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                   * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "matchLabelKeys"?: Array<string>;
                  /**
                   * MismatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                   * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "mismatchLabelKeys"?: Array<string>;
                  /**
                   * A label query over the set of namespaces that the term applies to.
                   * The term is applied to the union of the namespaces selected by this field
                   * and the ones listed in the namespaces field.
                   * null selector and null or empty namespaces list means "this pod's namespace".
                   * An empty selector ({}) matches all namespaces.
                   */
                  "namespaceSelector"?: {
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
                   * namespaces specifies a static list of namespace names that the term applies to.
                   * The term is applied to the union of the namespaces listed in this field
                   * and the ones selected by namespaceSelector.
                   * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                   */
                  "namespaces"?: Array<string>;
                  /**
                   * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                   * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                   * whose value of the label with key topologyKey matches that of any node on which any of the
                   * selected pods is running.
                   * Empty topologyKey is not allowed.
                   */
                  "topologyKey": string;
                }>;
              };
              /**
               * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
               */
              "podAntiAffinity"?: {
                /**
                 * The scheduler will prefer to schedule pods to nodes that satisfy
                 * the anti-affinity expressions specified by this field, but it may choose
                 * a node that violates one or more of the expressions. The node that is
                 * most preferred is the one with the greatest sum of weights, i.e.
                 * for each node that meets all of the scheduling requirements (resource
                 * request, requiredDuringScheduling anti-affinity expressions, etc.),
                 * compute a sum by iterating through the elements of this field and adding
                 * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
                 * node(s) with the highest sum are the most preferred.
                 */
                "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                  /**
                   * Required. A pod affinity term, associated with the corresponding weight.
                   */
                  "podAffinityTerm": {
                    /**
                     * A label query over a set of resources, in this case pods.
                     * If it's null, this PodAffinityTerm matches with no Pods.
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
                     * MatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "matchLabelKeys"?: Array<string>;
                    /**
                     * MismatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "mismatchLabelKeys"?: Array<string>;
                    /**
                     * A label query over the set of namespaces that the term applies to.
                     * The term is applied to the union of the namespaces selected by this field
                     * and the ones listed in the namespaces field.
                     * null selector and null or empty namespaces list means "this pod's namespace".
                     * An empty selector ({}) matches all namespaces.
                     */
                    "namespaceSelector"?: {
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
                     * namespaces specifies a static list of namespace names that the term applies to.
                     * The term is applied to the union of the namespaces listed in this field
                     * and the ones selected by namespaceSelector.
                     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                     */
                    "namespaces"?: Array<string>;
                    /**
                     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                     * whose value of the label with key topologyKey matches that of any node on which any of the
                     * selected pods is running.
                     * Empty topologyKey is not allowed.
                     */
                    "topologyKey": string;
                  };
                  /**
                   * weight associated with matching the corresponding podAffinityTerm,
                   * in the range 1-100.
                   */
                  "weight": number;
                }>;
                /**
                 * If the anti-affinity requirements specified by this field are not met at
                 * scheduling time, the pod will not be scheduled onto the node.
                 * If the anti-affinity requirements specified by this field cease to be met
                 * at some point during pod execution (e.g. due to a pod label update), the
                 * system may or may not try to eventually evict the pod from its node.
                 * When there are multiple elements, the lists of nodes corresponding to each
                 * podAffinityTerm are intersected, i.e. all terms must be satisfied.
                 */
                "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                  /**
                   * A label query over a set of resources, in this case pods.
                   * If it's null, this PodAffinityTerm matches with no Pods.
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
                   * MatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                   * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "matchLabelKeys"?: Array<string>;
                  /**
                   * MismatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                   * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "mismatchLabelKeys"?: Array<string>;
                  /**
                   * A label query over the set of namespaces that the term applies to.
                   * The term is applied to the union of the namespaces selected by this field
                   * and the ones listed in the namespaces field.
                   * null selector and null or empty namespaces list means "this pod's namespace".
                   * An empty selector ({}) matches all namespaces.
                   */
                  "namespaceSelector"?: {
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
                   * namespaces specifies a static list of namespace names that the term applies to.
                   * The term is applied to the union of the namespaces listed in this field
                   * and the ones selected by namespaceSelector.
                   * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                   */
                  "namespaces"?: Array<string>;
                  /**
                   * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                   * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                   * whose value of the label with key topologyKey matches that of any node on which any of the
                   * selected pods is running.
                   * Empty topologyKey is not allowed.
                   */
                  "topologyKey": string;
                }>;
              };
            };
            /**
             * Containers is a list of csi-node-driver containers.
             * If specified, this overrides the specified csi-node-driver DaemonSet containers.
             * If omitted, the csi-node-driver DaemonSet will use its default values for its containers.
             */
            "containers"?: Array<{
              /**
               * Name is an enum which identifies the csi-node-driver DaemonSet container by name.
               * Supported values are: calico-csi, csi-node-driver-registrar.
               */
              "name": "calico-csi" | "csi-node-driver-registrar" | "csi-node-driver";
              /**
               * Resources allows customization of limits and requests for compute resources such as cpu and memory.
               * If specified, this overrides the named csi-node-driver DaemonSet container's resources.
               * If omitted, the csi-node-driver DaemonSet will use its default value for this container's resources.
               */
              "resources"?: {
                /**
                 * Claims lists the names of resources, defined in spec.resourceClaims,
                 * that are used by this container.
                 * This is an alpha field and requires enabling the
                 * DynamicResourceAllocation feature gate.
                 * This field is immutable. It can only be set for containers.
                 */
                "claims"?: Array<{
                  /**
                   * Name must match the name of one entry in pod.spec.resourceClaims of
                   * the Pod where this field is used. It makes that resource available
                   * inside a container.
                   */
                  "name": string;
                  /**
                   * Request is the name chosen for a request in the referenced claim.
                   * If empty, everything from the claim is made available, otherwise
                   * only the result of this request.
                   */
                  "request"?: string;
                }>;
                /**
                 * Limits describes the maximum amount of compute resources allowed.
                 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                 */
                "limits"?: {
                  [key: string]: number | string;
                };
                /**
                 * Requests describes the minimum amount of compute resources required.
                 * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                 * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                 */
                "requests"?: {
                  [key: string]: number | string;
                };
              };
            }>;
            /**
             * NodeSelector is the csi-node-driver pod's scheduling constraints.
             * If specified, each of the key/value pairs are added to the csi-node-driver DaemonSet nodeSelector provided
             * the key does not already exist in the object's nodeSelector.
             * If omitted, the csi-node-driver DaemonSet will use its default value for nodeSelector.
             * WARNING: Please note that this field will modify the default csi-node-driver DaemonSet nodeSelector.
             */
            "nodeSelector"?: {
              [key: string]: string;
            };
            /**
             * Tolerations is the csi-node-driver pod's tolerations.
             * If specified, this overrides any tolerations that may be set on the csi-node-driver DaemonSet.
             * If omitted, the csi-node-driver DaemonSet will use its default value for tolerations.
             * WARNING: Please note that this field will override the default csi-node-driver DaemonSet tolerations.
             */
            "tolerations"?: Array<{
              /**
               * Effect indicates the taint effect to match. Empty means match all taint effects.
               * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
               */
              "effect"?: string;
              /**
               * Key is the taint key that the toleration applies to. Empty means match all taint keys.
               * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
               */
              "key"?: string;
              /**
               * Operator represents a key's relationship to the value.
               * Valid operators are Exists and Equal. Defaults to Equal.
               * Exists is equivalent to wildcard for value, so that a pod can
               * tolerate all taints of a particular category.
               */
              "operator"?: string;
              /**
               * TolerationSeconds represents the period of time the toleration (which must be
               * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
               * it is not set, which means tolerate the taint forever (do not evict). Zero and
               * negative values will be treated as 0 (evict immediately) by the system.
               */
              "tolerationSeconds"?: number;
              /**
               * Value is the taint value the toleration matches to.
               * If the operator is Exists, the value should be empty, otherwise just a regular string.
               */
              "value"?: string;
            }>;
          };
        };
      };
    };
    /**
     * FIPSMode uses images and features only that are using FIPS 140-2 validated cryptographic modules and standards.
     * Only supported for Variant=Calico.
     * Default: Disabled
     */
    "fipsMode"?: "Enabled" | "Disabled";
    /**
     * FlexVolumePath optionally specifies a custom path for FlexVolume. If not specified, FlexVolume will be
     * enabled by default. If set to 'None', FlexVolume will be disabled. The default is based on the
     * kubernetesProvider.
     */
    "flexVolumePath"?: string;
    /**
     * ImagePath allows for the path part of an image to be specified. If specified
     * then the specified value will be used as the image path for each image. If not specified
     * or empty, the default for each image will be used.
     * A special case value, UseDefault, is supported to explicitly specify the default
     * image path will be used for each image.
     * Image format:
     *    `<registry><imagePath>/<imagePrefix><imageName>:<image-tag>`
     * This option allows configuring the `<imagePath>` portion of the above format.
     */
    "imagePath"?: string;
    /**
     * ImagePrefix allows for the prefix part of an image to be specified. If specified
     * then the given value will be used as a prefix on each image. If not specified
     * or empty, no prefix will be used.
     * A special case value, UseDefault, is supported to explicitly specify the default
     * image prefix will be used for each image.
     * Image format:
     *    `<registry><imagePath>/<imagePrefix><imageName>:<image-tag>`
     * This option allows configuring the `<imagePrefix>` portion of the above format.
     */
    "imagePrefix"?: string;
    /**
     * ImagePullSecrets is an array of references to container registry pull secrets to use. These are
     * applied to all images to be pulled.
     */
    "imagePullSecrets"?: Array<{
      /**
       * Name of the referent.
       * This field is effectively required, but due to backwards compatibility is
       * allowed to be empty. Instances of this type with an empty value here are
       * almost certainly wrong.
       * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
       */
      "name"?: string;
    }>;
    /**
     * KubeletVolumePluginPath optionally specifies enablement of Calico CSI plugin. If not specified,
     * CSI will be enabled by default. If set to 'None', CSI will be disabled.
     * Default: /var/lib/kubelet
     */
    "kubeletVolumePluginPath"?: string;
    /**
     * KubernetesProvider specifies a particular provider of the Kubernetes platform and enables provider-specific configuration.
     * If the specified value is empty, the Operator will attempt to automatically determine the current provider.
     * If the specified value is not empty, the Operator will still attempt auto-detection, but
     * will additionally compare the auto-detected value to the specified value to confirm they match.
     */
    "kubernetesProvider"?: "" | "EKS" | "GKE" | "AKS" | "OpenShift" | "DockerEnterprise" | "RKE2" | "TKG" | "Kind";
    /**
     * Logging Configuration for Components
     */
    "logging"?: {
      /**
       * Customized logging specification for calico-cni plugin
       */
      "cni"?: {
        /**
         * Default: 30 (days)
         */
        "logFileMaxAgeDays"?: number;
        /**
         * Default: 10
         */
        "logFileMaxCount"?: number;
        /**
         * Default: 100Mi
         */
        "logFileMaxSize"?: number | string;
        /**
         * Default: Info
         */
        "logSeverity"?: "Error" | "Warning" | "Info" | "Debug";
      };
    };
    /**
     * NodeMetricsPort specifies which port calico/node serves prometheus metrics on. By default, metrics are not enabled.
     * If specified, this overrides any FelixConfiguration resources which may exist. If omitted, then
     * prometheus metrics may still be configured through FelixConfiguration.
     */
    "nodeMetricsPort"?: number;
    /**
     * NodeUpdateStrategy can be used to customize the desired update strategy, such as the MaxUnavailable
     * field.
     */
    "nodeUpdateStrategy"?: {
      /**
       * Rolling update config params. Present only if type = "RollingUpdate".
       */
      "rollingUpdate"?: {
        /**
         * The maximum number of nodes with an existing available DaemonSet pod that
         * can have an updated DaemonSet pod during during an update.
         * Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%).
         * This can not be 0 if MaxUnavailable is 0.
         * Absolute number is calculated from percentage by rounding up to a minimum of 1.
         * Default value is 0.
         * Example: when this is set to 30%, at most 30% of the total number of nodes
         * that should be running the daemon pod (i.e. status.desiredNumberScheduled)
         * can have their a new pod created before the old pod is marked as deleted.
         * The update starts by launching new pods on 30% of nodes. Once an updated
         * pod is available (Ready for at least minReadySeconds) the old DaemonSet pod
         * on that node is marked deleted. If the old pod becomes unavailable for any
         * reason (Ready transitions to false, is evicted, or is drained) an updated
         * pod is immediatedly created on that node without considering surge limits.
         * Allowing surge implies the possibility that the resources consumed by the
         * daemonset on any given node can double if the readiness check fails, and
         * so resource intensive daemonsets should take into account that they may
         * cause evictions during disruption.
         */
        "maxSurge"?: number | string;
        /**
         * The maximum number of DaemonSet pods that can be unavailable during the
         * update. Value can be an absolute number (ex: 5) or a percentage of total
         * number of DaemonSet pods at the start of the update (ex: 10%). Absolute
         * number is calculated from percentage by rounding up.
         * This cannot be 0 if MaxSurge is 0
         * Default value is 1.
         * Example: when this is set to 30%, at most 30% of the total number of nodes
         * that should be running the daemon pod (i.e. status.desiredNumberScheduled)
         * can have their pods stopped for an update at any given time. The update
         * starts by stopping at most 30% of those DaemonSet pods and then brings
         * up new DaemonSet pods in their place. Once the new pods are available,
         * it then proceeds onto other DaemonSet pods, thus ensuring that at least
         * 70% of original number of DaemonSet pods are available at all times during
         * the update.
         */
        "maxUnavailable"?: number | string;
      };
      /**
       * Type of daemon set update. Can be "RollingUpdate" or "OnDelete". Default is RollingUpdate.
       */
      "type"?: string;
    };
    /**
     * Deprecated. NonPrivileged is deprecated and will be removed from the API in a future release.
     * Enabling this field is not supported and will cause errors.
     * NonPrivileged configures Calico to be run in non-privileged containers as non-root users where possible.
     */
    "nonPrivileged"?: string;
    /**
     * Proxy is used to configure the HTTP(S) proxy settings that will be applied to Tigera containers that connect
     * to destinations outside the cluster. It is expected that NO_PROXY is configured such that destinations within
     * the cluster (including the API server) are exempt from proxying.
     */
    "proxy"?: {
      /**
       * HTTPProxy defines the value of the HTTP_PROXY environment variable that will be set on Tigera containers that connect to
       * destinations outside the cluster.
       */
      "httpProxy"?: string;
      /**
       * HTTPSProxy defines the value of the HTTPS_PROXY environment variable that will be set on Tigera containers that connect to
       * destinations outside the cluster.
       */
      "httpsProxy"?: string;
      /**
       * NoProxy defines the value of the NO_PROXY environment variable that will be set on Tigera containers that connect to
       * destinations outside the cluster. This value must be set such that destinations within the scope of the cluster, including
       * the Kubernetes API server, are exempt from being proxied.
       */
      "noProxy"?: string;
    };
    /**
     * Registry is the default Docker registry used for component Docker images.
     * If specified then the given value must end with a slash character (`/`) and all images will be pulled from this registry.
     * If not specified then the default registries will be used. A special case value, UseDefault, is
     * supported to explicitly specify the default registries will be used.
     * Image format:
     *    `<registry><imagePath>/<imagePrefix><imageName>:<image-tag>`
     * This option allows configuring the `<registry>` portion of the above format.
     */
    "registry"?: string;
    /**
     * Kubernetes Service CIDRs. Specifying this is required when using Calico for Windows.
     */
    "serviceCIDRs"?: Array<string>;
    /**
     * TLSCipherSuites defines the cipher suite list that the TLS protocol should use during secure communication.
     */
    "tlsCipherSuites"?: Array<{
      /**
       * This should be a valid TLS cipher suite name.
       */
      "name"?: "TLS_AES_256_GCM_SHA384" | "TLS_CHACHA20_POLY1305_SHA256" | "TLS_AES_128_GCM_SHA256" | "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384" | "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384" | "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256" | "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256" | "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256" | "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256" | "TLS_RSA_WITH_AES_256_GCM_SHA384" | "TLS_RSA_WITH_AES_128_GCM_SHA256" | "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA" | "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA" | "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA";
    }>;
    /**
     * Deprecated. Please use Installation.Spec.TyphaDeployment instead.
     * TyphaAffinity allows configuration of node affinity characteristics for Typha pods.
     */
    "typhaAffinity"?: {
      /**
       * NodeAffinity describes node affinity scheduling rules for typha.
       */
      "nodeAffinity"?: {
        /**
         * The scheduler will prefer to schedule pods to nodes that satisfy
         * the affinity expressions specified by this field, but it may choose
         * a node that violates one or more of the expressions.
         */
        "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
          /**
           * A node selector term, associated with the corresponding weight.
           */
          "preference": {
            /**
             * A list of node selector requirements by node's labels.
             */
            "matchExpressions"?: Array<{
              /**
               * The label key that the selector applies to.
               */
              "key": string;
              /**
               * Represents a key's relationship to a set of values.
               * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
               */
              "operator": string;
              /**
               * An array of string values. If the operator is In or NotIn,
               * the values array must be non-empty. If the operator is Exists or DoesNotExist,
               * the values array must be empty. If the operator is Gt or Lt, the values
               * array must have a single element, which will be interpreted as an integer.
               * This array is replaced during a strategic merge patch.
               */
              "values"?: Array<string>;
            }>;
            /**
             * A list of node selector requirements by node's fields.
             */
            "matchFields"?: Array<{
              /**
               * The label key that the selector applies to.
               */
              "key": string;
              /**
               * Represents a key's relationship to a set of values.
               * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
               */
              "operator": string;
              /**
               * An array of string values. If the operator is In or NotIn,
               * the values array must be non-empty. If the operator is Exists or DoesNotExist,
               * the values array must be empty. If the operator is Gt or Lt, the values
               * array must have a single element, which will be interpreted as an integer.
               * This array is replaced during a strategic merge patch.
               */
              "values"?: Array<string>;
            }>;
          };
          /**
           * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
           */
          "weight": number;
        }>;
        /**
         * WARNING: Please note that if the affinity requirements specified by this field are not met at
         * scheduling time, the pod will NOT be scheduled onto the node.
         * There is no fallback to another affinity rules with this setting.
         * This may cause networking disruption or even catastrophic failure!
         * PreferredDuringSchedulingIgnoredDuringExecution should be used for affinity
         * unless there is a specific well understood reason to use RequiredDuringSchedulingIgnoredDuringExecution and
         * you can guarantee that the RequiredDuringSchedulingIgnoredDuringExecution will always have sufficient nodes to satisfy the requirement.
         * NOTE: RequiredDuringSchedulingIgnoredDuringExecution is set by default for AKS nodes,
         * to avoid scheduling Typhas on virtual-nodes.
         * If the affinity requirements specified by this field cease to be met
         * at some point during pod execution (e.g. due to an update), the system
         * may or may not try to eventually evict the pod from its node.
         */
        "requiredDuringSchedulingIgnoredDuringExecution"?: {
          /**
           * Required. A list of node selector terms. The terms are ORed.
           */
          "nodeSelectorTerms": Array<{
            /**
             * A list of node selector requirements by node's labels.
             */
            "matchExpressions"?: Array<{
              /**
               * The label key that the selector applies to.
               */
              "key": string;
              /**
               * Represents a key's relationship to a set of values.
               * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
               */
              "operator": string;
              /**
               * An array of string values. If the operator is In or NotIn,
               * the values array must be non-empty. If the operator is Exists or DoesNotExist,
               * the values array must be empty. If the operator is Gt or Lt, the values
               * array must have a single element, which will be interpreted as an integer.
               * This array is replaced during a strategic merge patch.
               */
              "values"?: Array<string>;
            }>;
            /**
             * A list of node selector requirements by node's fields.
             */
            "matchFields"?: Array<{
              /**
               * The label key that the selector applies to.
               */
              "key": string;
              /**
               * Represents a key's relationship to a set of values.
               * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
               */
              "operator": string;
              /**
               * An array of string values. If the operator is In or NotIn,
               * the values array must be non-empty. If the operator is Exists or DoesNotExist,
               * the values array must be empty. If the operator is Gt or Lt, the values
               * array must have a single element, which will be interpreted as an integer.
               * This array is replaced during a strategic merge patch.
               */
              "values"?: Array<string>;
            }>;
          }>;
        };
      };
    };
    /**
     * TyphaDeployment configures the typha Deployment. If used in conjunction with the deprecated
     * ComponentResources or TyphaAffinity, then these overrides take precedence.
     */
    "typhaDeployment"?: {
      /**
       * Metadata is a subset of a Kubernetes object's metadata that is added to the Deployment.
       */
      "metadata"?: {
        /**
         * Annotations is a map of arbitrary non-identifying metadata. Each of these
         * key/value pairs are added to the object's annotations provided the key does not
         * already exist in the object's annotations.
         */
        "annotations"?: {
          [key: string]: string;
        };
        /**
         * Labels is a map of string keys and values that may match replicaset and
         * service selectors. Each of these key/value pairs are added to the
         * object's labels provided the key does not already exist in the object's labels.
         */
        "labels"?: {
          [key: string]: string;
        };
      };
      /**
       * Spec is the specification of the typha Deployment.
       */
      "spec"?: {
        /**
         * MinReadySeconds is the minimum number of seconds for which a newly created Deployment pod should
         * be ready without any of its container crashing, for it to be considered available.
         * If specified, this overrides any minReadySeconds value that may be set on the typha Deployment.
         * If omitted, the typha Deployment will use its default value for minReadySeconds.
         */
        "minReadySeconds"?: number;
        /**
         * The deployment strategy to use to replace existing pods with new ones.
         */
        "strategy"?: {
          /**
           * Rolling update config params. Present only if DeploymentStrategyType =
           * RollingUpdate.
           * to be.
           */
          "rollingUpdate"?: {
            /**
             * The maximum number of pods that can be scheduled above the desired number of
             * pods.
             * Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%).
             * This can not be 0 if MaxUnavailable is 0.
             * Absolute number is calculated from percentage by rounding up.
             * Defaults to 25%.
             * Example: when this is set to 30%, the new ReplicaSet can be scaled up immediately when
             * the rolling update starts, such that the total number of old and new pods do not exceed
             * 130% of desired pods. Once old pods have been killed,
             * new ReplicaSet can be scaled up further, ensuring that total number of pods running
             * at any time during the update is at most 130% of desired pods.
             */
            "maxSurge"?: number | string;
            /**
             * The maximum number of pods that can be unavailable during the update.
             * Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%).
             * Absolute number is calculated from percentage by rounding down.
             * This can not be 0 if MaxSurge is 0.
             * Defaults to 25%.
             * Example: when this is set to 30%, the old ReplicaSet can be scaled down to 70% of desired pods
             * immediately when the rolling update starts. Once new pods are ready, old ReplicaSet
             * can be scaled down further, followed by scaling up the new ReplicaSet, ensuring
             * that the total number of pods available at all times during the update is at
             * least 70% of desired pods.
             */
            "maxUnavailable"?: number | string;
          };
        };
        /**
         * Template describes the typha Deployment pod that will be created.
         */
        "template"?: {
          /**
           * Metadata is a subset of a Kubernetes object's metadata that is added to
           * the pod's metadata.
           */
          "metadata"?: {
            /**
             * Annotations is a map of arbitrary non-identifying metadata. Each of these
             * key/value pairs are added to the object's annotations provided the key does not
             * already exist in the object's annotations.
             */
            "annotations"?: {
              [key: string]: string;
            };
            /**
             * Labels is a map of string keys and values that may match replicaset and
             * service selectors. Each of these key/value pairs are added to the
             * object's labels provided the key does not already exist in the object's labels.
             */
            "labels"?: {
              [key: string]: string;
            };
          };
          /**
           * Spec is the typha Deployment's PodSpec.
           */
          "spec"?: {
            /**
             * Affinity is a group of affinity scheduling rules for the typha pods.
             * If specified, this overrides any affinity that may be set on the typha Deployment.
             * If omitted, the typha Deployment will use its default value for affinity.
             * If used in conjunction with the deprecated TyphaAffinity, then this value takes precedence.
             * WARNING: Please note that this field will override the default calico-typha Deployment affinity.
             */
            "affinity"?: {
              /**
               * Describes node affinity scheduling rules for the pod.
               */
              "nodeAffinity"?: {
                /**
                 * The scheduler will prefer to schedule pods to nodes that satisfy
                 * the affinity expressions specified by this field, but it may choose
                 * a node that violates one or more of the expressions. The node that is
                 * most preferred is the one with the greatest sum of weights, i.e.
                 * for each node that meets all of the scheduling requirements (resource
                 * request, requiredDuringScheduling affinity expressions, etc.),
                 * compute a sum by iterating through the elements of this field and adding
                 * "weight" to the sum if the node matches the corresponding matchExpressions; the
                 * node(s) with the highest sum are the most preferred.
                 */
                "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                  /**
                   * A node selector term, associated with the corresponding weight.
                   */
                  "preference": {
                    /**
                     * A list of node selector requirements by node's labels.
                     */
                    "matchExpressions"?: Array<{
                      /**
                       * The label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * Represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                       */
                      "operator": string;
                      /**
                       * An array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. If the operator is Gt or Lt, the values
                       * array must have a single element, which will be interpreted as an integer.
                       * This array is replaced during a strategic merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                    /**
                     * A list of node selector requirements by node's fields.
                     */
                    "matchFields"?: Array<{
                      /**
                       * The label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * Represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                       */
                      "operator": string;
                      /**
                       * An array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. If the operator is Gt or Lt, the values
                       * array must have a single element, which will be interpreted as an integer.
                       * This array is replaced during a strategic merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                  };
                  /**
                   * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
                   */
                  "weight": number;
                }>;
                /**
                 * If the affinity requirements specified by this field are not met at
                 * scheduling time, the pod will not be scheduled onto the node.
                 * If the affinity requirements specified by this field cease to be met
                 * at some point during pod execution (e.g. due to an update), the system
                 * may or may not try to eventually evict the pod from its node.
                 */
                "requiredDuringSchedulingIgnoredDuringExecution"?: {
                  /**
                   * Required. A list of node selector terms. The terms are ORed.
                   */
                  "nodeSelectorTerms": Array<{
                    /**
                     * A list of node selector requirements by node's labels.
                     */
                    "matchExpressions"?: Array<{
                      /**
                       * The label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * Represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                       */
                      "operator": string;
                      /**
                       * An array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. If the operator is Gt or Lt, the values
                       * array must have a single element, which will be interpreted as an integer.
                       * This array is replaced during a strategic merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                    /**
                     * A list of node selector requirements by node's fields.
                     */
                    "matchFields"?: Array<{
                      /**
                       * The label key that the selector applies to.
                       */
                      "key": string;
                      /**
                       * Represents a key's relationship to a set of values.
                       * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                       */
                      "operator": string;
                      /**
                       * An array of string values. If the operator is In or NotIn,
                       * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                       * the values array must be empty. If the operator is Gt or Lt, the values
                       * array must have a single element, which will be interpreted as an integer.
                       * This array is replaced during a strategic merge patch.
                       */
                      "values"?: Array<string>;
                    }>;
                  }>;
                };
              };
              /**
               * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
               */
              "podAffinity"?: {
                /**
                 * The scheduler will prefer to schedule pods to nodes that satisfy
                 * the affinity expressions specified by this field, but it may choose
                 * a node that violates one or more of the expressions. The node that is
                 * most preferred is the one with the greatest sum of weights, i.e.
                 * for each node that meets all of the scheduling requirements (resource
                 * request, requiredDuringScheduling affinity expressions, etc.),
                 * compute a sum by iterating through the elements of this field and adding
                 * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
                 * node(s) with the highest sum are the most preferred.
                 */
                "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                  /**
                   * Required. A pod affinity term, associated with the corresponding weight.
                   */
                  "podAffinityTerm": {
                    /**
                     * A label query over a set of resources, in this case pods.
                     * If it's null, this PodAffinityTerm matches with no Pods.
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
                     * MatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "matchLabelKeys"?: Array<string>;
                    /**
                     * MismatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "mismatchLabelKeys"?: Array<string>;
                    /**
                     * A label query over the set of namespaces that the term applies to.
                     * The term is applied to the union of the namespaces selected by this field
                     * and the ones listed in the namespaces field.
                     * null selector and null or empty namespaces list means "this pod's namespace".
                     * An empty selector ({}) matches all namespaces.
                     */
                    "namespaceSelector"?: {
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
                     * namespaces specifies a static list of namespace names that the term applies to.
                     * The term is applied to the union of the namespaces listed in this field
                     * and the ones selected by namespaceSelector.
                     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                     */
                    "namespaces"?: Array<string>;
                    /**
                     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                     * whose value of the label with key topologyKey matches that of any node on which any of the
                     * selected pods is running.
                     * Empty topologyKey is not allowed.
                     */
                    "topologyKey": string;
                  };
                  /**
                   * weight associated with matching the corresponding podAffinityTerm,
                   * in the range 1-100.
                   */
                  "weight": number;
                }>;
                /**
                 * If the affinity requirements specified by this field are not met at
                 * scheduling time, the pod will not be scheduled onto the node.
                 * If the affinity requirements specified by this field cease to be met
                 * at some point during pod execution (e.g. due to a pod label update), the
                 * system may or may not try to eventually evict the pod from its node.
                 * When there are multiple elements, the lists of nodes corresponding to each
                 * podAffinityTerm are intersected, i.e. all terms must be satisfied.
                 */
                "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                  /**
                   * A label query over a set of resources, in this case pods.
                   * If it's null, this PodAffinityTerm matches with no Pods.
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
                   * MatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                   * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "matchLabelKeys"?: Array<string>;
                  /**
                   * MismatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                   * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "mismatchLabelKeys"?: Array<string>;
                  /**
                   * A label query over the set of namespaces that the term applies to.
                   * The term is applied to the union of the namespaces selected by this field
                   * and the ones listed in the namespaces field.
                   * null selector and null or empty namespaces list means "this pod's namespace".
                   * An empty selector ({}) matches all namespaces.
                   */
                  "namespaceSelector"?: {
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
                   * namespaces specifies a static list of namespace names that the term applies to.
                   * The term is applied to the union of the namespaces listed in this field
                   * and the ones selected by namespaceSelector.
                   * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                   */
                  "namespaces"?: Array<string>;
                  /**
                   * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                   * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                   * whose value of the label with key topologyKey matches that of any node on which any of the
                   * selected pods is running.
                   * Empty topologyKey is not allowed.
                   */
                  "topologyKey": string;
                }>;
              };
              /**
               * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
               */
              "podAntiAffinity"?: {
                /**
                 * The scheduler will prefer to schedule pods to nodes that satisfy
                 * the anti-affinity expressions specified by this field, but it may choose
                 * a node that violates one or more of the expressions. The node that is
                 * most preferred is the one with the greatest sum of weights, i.e.
                 * for each node that meets all of the scheduling requirements (resource
                 * request, requiredDuringScheduling anti-affinity expressions, etc.),
                 * compute a sum by iterating through the elements of this field and adding
                 * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
                 * node(s) with the highest sum are the most preferred.
                 */
                "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                  /**
                   * Required. A pod affinity term, associated with the corresponding weight.
                   */
                  "podAffinityTerm": {
                    /**
                     * A label query over a set of resources, in this case pods.
                     * If it's null, this PodAffinityTerm matches with no Pods.
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
                     * MatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "matchLabelKeys"?: Array<string>;
                    /**
                     * MismatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "mismatchLabelKeys"?: Array<string>;
                    /**
                     * A label query over the set of namespaces that the term applies to.
                     * The term is applied to the union of the namespaces selected by this field
                     * and the ones listed in the namespaces field.
                     * null selector and null or empty namespaces list means "this pod's namespace".
                     * An empty selector ({}) matches all namespaces.
                     */
                    "namespaceSelector"?: {
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
                     * namespaces specifies a static list of namespace names that the term applies to.
                     * The term is applied to the union of the namespaces listed in this field
                     * and the ones selected by namespaceSelector.
                     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                     */
                    "namespaces"?: Array<string>;
                    /**
                     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                     * whose value of the label with key topologyKey matches that of any node on which any of the
                     * selected pods is running.
                     * Empty topologyKey is not allowed.
                     */
                    "topologyKey": string;
                  };
                  /**
                   * weight associated with matching the corresponding podAffinityTerm,
                   * in the range 1-100.
                   */
                  "weight": number;
                }>;
                /**
                 * If the anti-affinity requirements specified by this field are not met at
                 * scheduling time, the pod will not be scheduled onto the node.
                 * If the anti-affinity requirements specified by this field cease to be met
                 * at some point during pod execution (e.g. due to a pod label update), the
                 * system may or may not try to eventually evict the pod from its node.
                 * When there are multiple elements, the lists of nodes corresponding to each
                 * podAffinityTerm are intersected, i.e. all terms must be satisfied.
                 */
                "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                  /**
                   * A label query over a set of resources, in this case pods.
                   * If it's null, this PodAffinityTerm matches with no Pods.
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
                   * MatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                   * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "matchLabelKeys"?: Array<string>;
                  /**
                   * MismatchLabelKeys is a set of pod label keys to select which pods will
                   * be taken into consideration. The keys are used to lookup values from the
                   * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                   * to select the group of existing pods which pods will be taken into consideration
                   * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                   * pod labels will be ignored. The default value is empty.
                   * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                   * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                   */
                  "mismatchLabelKeys"?: Array<string>;
                  /**
                   * A label query over the set of namespaces that the term applies to.
                   * The term is applied to the union of the namespaces selected by this field
                   * and the ones listed in the namespaces field.
                   * null selector and null or empty namespaces list means "this pod's namespace".
                   * An empty selector ({}) matches all namespaces.
                   */
                  "namespaceSelector"?: {
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
                   * namespaces specifies a static list of namespace names that the term applies to.
                   * The term is applied to the union of the namespaces listed in this field
                   * and the ones selected by namespaceSelector.
                   * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                   */
                  "namespaces"?: Array<string>;
                  /**
                   * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                   * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                   * whose value of the label with key topologyKey matches that of any node on which any of the
                   * selected pods is running.
                   * Empty topologyKey is not allowed.
                   */
                  "topologyKey": string;
                }>;
              };
            };
            /**
             * Containers is a list of typha containers.
             * If specified, this overrides the specified typha Deployment containers.
             * If omitted, the typha Deployment will use its default values for its containers.
             */
            "containers"?: Array<{
              /**
               * Name is an enum which identifies the typha Deployment container by name.
               * Supported values are: calico-typha
               */
              "name": "calico-typha";
              /**
               * Resources allows customization of limits and requests for compute resources such as cpu and memory.
               * If specified, this overrides the named typha Deployment container's resources.
               * If omitted, the typha Deployment will use its default value for this container's resources.
               * If used in conjunction with the deprecated ComponentResources, then this value takes precedence.
               */
              "resources"?: {
                /**
                 * Claims lists the names of resources, defined in spec.resourceClaims,
                 * that are used by this container.
                 * This is an alpha field and requires enabling the
                 * DynamicResourceAllocation feature gate.
                 * This field is immutable. It can only be set for containers.
                 */
                "claims"?: Array<{
                  /**
                   * Name must match the name of one entry in pod.spec.resourceClaims of
                   * the Pod where this field is used. It makes that resource available
                   * inside a container.
                   */
                  "name": string;
                  /**
                   * Request is the name chosen for a request in the referenced claim.
                   * If empty, everything from the claim is made available, otherwise
                   * only the result of this request.
                   */
                  "request"?: string;
                }>;
                /**
                 * Limits describes the maximum amount of compute resources allowed.
                 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                 */
                "limits"?: {
                  [key: string]: number | string;
                };
                /**
                 * Requests describes the minimum amount of compute resources required.
                 * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                 * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                 */
                "requests"?: {
                  [key: string]: number | string;
                };
              };
            }>;
            /**
             * InitContainers is a list of typha init containers.
             * If specified, this overrides the specified typha Deployment init containers.
             * If omitted, the typha Deployment will use its default values for its init containers.
             */
            "initContainers"?: Array<{
              /**
               * Name is an enum which identifies the typha Deployment init container by name.
               * Supported values are: typha-certs-key-cert-provisioner
               */
              "name": "typha-certs-key-cert-provisioner";
              /**
               * Resources allows customization of limits and requests for compute resources such as cpu and memory.
               * If specified, this overrides the named typha Deployment init container's resources.
               * If omitted, the typha Deployment will use its default value for this init container's resources.
               * If used in conjunction with the deprecated ComponentResources, then this value takes precedence.
               */
              "resources"?: {
                /**
                 * Claims lists the names of resources, defined in spec.resourceClaims,
                 * that are used by this container.
                 * This is an alpha field and requires enabling the
                 * DynamicResourceAllocation feature gate.
                 * This field is immutable. It can only be set for containers.
                 */
                "claims"?: Array<{
                  /**
                   * Name must match the name of one entry in pod.spec.resourceClaims of
                   * the Pod where this field is used. It makes that resource available
                   * inside a container.
                   */
                  "name": string;
                  /**
                   * Request is the name chosen for a request in the referenced claim.
                   * If empty, everything from the claim is made available, otherwise
                   * only the result of this request.
                   */
                  "request"?: string;
                }>;
                /**
                 * Limits describes the maximum amount of compute resources allowed.
                 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                 */
                "limits"?: {
                  [key: string]: number | string;
                };
                /**
                 * Requests describes the minimum amount of compute resources required.
                 * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                 * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                 */
                "requests"?: {
                  [key: string]: number | string;
                };
              };
            }>;
            /**
             * NodeSelector is the calico-typha pod's scheduling constraints.
             * If specified, each of the key/value pairs are added to the calico-typha Deployment nodeSelector provided
             * the key does not already exist in the object's nodeSelector.
             * If omitted, the calico-typha Deployment will use its default value for nodeSelector.
             * WARNING: Please note that this field will modify the default calico-typha Deployment nodeSelector.
             */
            "nodeSelector"?: {
              [key: string]: string;
            };
            /**
             * Optional duration in seconds the pod needs to terminate gracefully. May be decreased in delete request.
             * Value must be non-negative integer. The value zero indicates stop immediately via
             * the kill signal (no opportunity to shut down).
             * If this value is nil, the default grace period will be used instead.
             * The grace period is the duration in seconds after the processes running in the pod are sent
             * a termination signal and the time when the processes are forcibly halted with a kill signal.
             * Set this value longer than the expected cleanup time for your process.
             * Defaults to 30 seconds.
             */
            "terminationGracePeriodSeconds"?: number;
            /**
             * Tolerations is the typha pod's tolerations.
             * If specified, this overrides any tolerations that may be set on the typha Deployment.
             * If omitted, the typha Deployment will use its default value for tolerations.
             * WARNING: Please note that this field will override the default calico-typha Deployment tolerations.
             */
            "tolerations"?: Array<{
              /**
               * Effect indicates the taint effect to match. Empty means match all taint effects.
               * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
               */
              "effect"?: string;
              /**
               * Key is the taint key that the toleration applies to. Empty means match all taint keys.
               * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
               */
              "key"?: string;
              /**
               * Operator represents a key's relationship to the value.
               * Valid operators are Exists and Equal. Defaults to Equal.
               * Exists is equivalent to wildcard for value, so that a pod can
               * tolerate all taints of a particular category.
               */
              "operator"?: string;
              /**
               * TolerationSeconds represents the period of time the toleration (which must be
               * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
               * it is not set, which means tolerate the taint forever (do not evict). Zero and
               * negative values will be treated as 0 (evict immediately) by the system.
               */
              "tolerationSeconds"?: number;
              /**
               * Value is the taint value the toleration matches to.
               * If the operator is Exists, the value should be empty, otherwise just a regular string.
               */
              "value"?: string;
            }>;
            /**
             * TopologySpreadConstraints describes how a group of pods ought to spread across topology
             * domains. Scheduler will schedule pods in a way which abides by the constraints.
             * All topologySpreadConstraints are ANDed.
             */
            "topologySpreadConstraints"?: Array<{
              /**
               * LabelSelector is used to find matching pods.
               * Pods that match this label selector are counted to determine the number of pods
               * in their corresponding topology domain.
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
               * MatchLabelKeys is a set of pod label keys to select the pods over which
               * spreading will be calculated. The keys are used to lookup values from the
               * incoming pod labels, those key-value labels are ANDed with labelSelector
               * to select the group of existing pods over which spreading will be calculated
               * for the incoming pod. The same key is forbidden to exist in both MatchLabelKeys and LabelSelector.
               * MatchLabelKeys cannot be set when LabelSelector isn't set.
               * Keys that don't exist in the incoming pod labels will
               * be ignored. A null or empty list means only match against labelSelector.
               * This is a beta field and requires the MatchLabelKeysInPodTopologySpread feature gate to be enabled (enabled by default).
               */
              "matchLabelKeys"?: Array<string>;
              /**
               * MaxSkew describes the degree to which pods may be unevenly distributed.
               * When `whenUnsatisfiable=DoNotSchedule`, it is the maximum permitted difference
               * between the number of matching pods in the target topology and the global minimum.
               * The global minimum is the minimum number of matching pods in an eligible domain
               * or zero if the number of eligible domains is less than MinDomains.
               * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
               * labelSelector spread as 2/2/1:
               * In this case, the global minimum is 1.
               * | zone1 | zone2 | zone3 |
               * |  P P  |  P P  |   P   |
               * - if MaxSkew is 1, incoming pod can only be scheduled to zone3 to become 2/2/2;
               * scheduling it onto zone1(zone2) would make the ActualSkew(3-1) on zone1(zone2)
               * violate MaxSkew(1).
               * - if MaxSkew is 2, incoming pod can be scheduled onto any zone.
               * When `whenUnsatisfiable=ScheduleAnyway`, it is used to give higher precedence
               * to topologies that satisfy it.
               * It's a required field. Default value is 1 and 0 is not allowed.
               */
              "maxSkew": number;
              /**
               * MinDomains indicates a minimum number of eligible domains.
               * When the number of eligible domains with matching topology keys is less than minDomains,
               * Pod Topology Spread treats "global minimum" as 0, and then the calculation of Skew is performed.
               * And when the number of eligible domains with matching topology keys equals or greater than minDomains,
               * this value has no effect on scheduling.
               * As a result, when the number of eligible domains is less than minDomains,
               * scheduler won't schedule more than maxSkew Pods to those domains.
               * If value is nil, the constraint behaves as if MinDomains is equal to 1.
               * Valid values are integers greater than 0.
               * When value is not nil, WhenUnsatisfiable must be DoNotSchedule.
               * For example, in a 3-zone cluster, MaxSkew is set to 2, MinDomains is set to 5 and pods with the same
               * labelSelector spread as 2/2/2:
               * | zone1 | zone2 | zone3 |
               * |  P P  |  P P  |  P P  |
               * The number of domains is less than 5(MinDomains), so "global minimum" is treated as 0.
               * In this situation, new pod with the same labelSelector cannot be scheduled,
               * because computed skew will be 3(3 - 0) if new Pod is scheduled to any of the three zones,
               * it will violate MaxSkew.
               */
              "minDomains"?: number;
              /**
               * NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector
               * when calculating pod topology spread skew. Options are:
               * - Honor: only nodes matching nodeAffinity/nodeSelector are included in the calculations.
               * - Ignore: nodeAffinity/nodeSelector are ignored. All nodes are included in the calculations.
               * If this value is nil, the behavior is equivalent to the Honor policy.
               */
              "nodeAffinityPolicy"?: string;
              /**
               * NodeTaintsPolicy indicates how we will treat node taints when calculating
               * pod topology spread skew. Options are:
               * - Honor: nodes without taints, along with tainted nodes for which the incoming pod
               * has a toleration, are included.
               * - Ignore: node taints are ignored. All nodes are included.
               * If this value is nil, the behavior is equivalent to the Ignore policy.
               */
              "nodeTaintsPolicy"?: string;
              /**
               * TopologyKey is the key of node labels. Nodes that have a label with this key
               * and identical values are considered to be in the same topology.
               * We consider each <key, value> as a "bucket", and try to put balanced number
               * of pods into each bucket.
               * We define a domain as a particular instance of a topology.
               * Also, we define an eligible domain as a domain whose nodes meet the requirements of
               * nodeAffinityPolicy and nodeTaintsPolicy.
               * e.g. If TopologyKey is "kubernetes.io/hostname", each Node is a domain of that topology.
               * And, if TopologyKey is "topology.kubernetes.io/zone", each zone is a domain of that topology.
               * It's a required field.
               */
              "topologyKey": string;
              /**
               * WhenUnsatisfiable indicates how to deal with a pod if it doesn't satisfy
               * the spread constraint.
               * - DoNotSchedule (default) tells the scheduler not to schedule it.
               * - ScheduleAnyway tells the scheduler to schedule the pod in any location,
               *   but giving higher precedence to topologies that would help reduce the
               *   skew.
               * A constraint is considered "Unsatisfiable" for an incoming pod
               * if and only if every possible node assignment for that pod would violate
               * "MaxSkew" on some topology.
               * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
               * labelSelector spread as 3/1/1:
               * | zone1 | zone2 | zone3 |
               * | P P P |   P   |   P   |
               * If WhenUnsatisfiable is set to DoNotSchedule, incoming pod can only be scheduled
               * to zone2(zone3) to become 3/2/1(3/1/2) as ActualSkew(2-1) on zone2(zone3) satisfies
               * MaxSkew(1). In other words, the cluster can still be imbalanced, but scheduler
               * won't make it \*more\* imbalanced.
               * It's a required field.
               */
              "whenUnsatisfiable": string;
            }>;
          };
        };
      };
    };
    /**
     * TyphaMetricsPort specifies which port calico/typha serves prometheus metrics on. By default, metrics are not enabled.
     */
    "typhaMetricsPort"?: number;
    /**
     * Variant is the product to install - one of Calico or TigeraSecureEnterprise
     * Default: Calico
     */
    "variant"?: "Calico" | "TigeraSecureEnterprise";
    /**
     * Windows Configuration
     */
    "windowsNodes"?: {
      /**
       * CNIBinDir is the path to the CNI binaries directory on Windows, it must match what is used as 'bin_dir' under
       * [plugins]
       *   [plugins."io.containerd.grpc.v1.cri"]
       *     [plugins."io.containerd.grpc.v1.cri".cni]
       * on the containerd 'config.toml' file on the Windows nodes.
       */
      "cniBinDir"?: string;
      /**
       * CNIConfigDir is the path to the CNI configuration directory on Windows, it must match what is used as 'conf_dir' under
       * [plugins]
       *   [plugins."io.containerd.grpc.v1.cri"]
       *     [plugins."io.containerd.grpc.v1.cri".cni]
       * on the containerd 'config.toml' file on the Windows nodes.
       */
      "cniConfigDir"?: string;
      /**
       * CNILogDir is the path to the Calico CNI logs directory on Windows.
       */
      "cniLogDir"?: string;
      /**
       * VXLANAdapter is the Network Adapter used for VXLAN, leave blank for primary NIC
       */
      "vxlanAdapter"?: string;
      /**
       * VXLANMACPrefix is the prefix used when generating MAC addresses for virtual NICs
       */
      "vxlanMACPrefix"?: string;
    };
  };
  /**
   * Most recently observed state for the Calico or Calico Enterprise installation.
   */
  "status"?: {
    /**
     * CalicoVersion shows the current running version of calico.
     * CalicoVersion along with Variant is needed to know the exact
     * version deployed.
     */
    "calicoVersion"?: string;
    /**
     * Computed is the final installation including overlaid resources.
     */
    "computed"?: {
      /**
       * Azure is used to configure azure provider specific options.
       */
      "azure"?: {
        /**
         * PolicyMode determines whether the "control-plane" label is applied to namespaces. It offers two options: Default and Manual.
         * The Default option adds the "control-plane" label to the required namespaces.
         * The Manual option does not apply the "control-plane" label to any namespace.
         * Default: Default
         */
        "policyMode"?: "Default" | "Manual";
      };
      /**
       * CalicoKubeControllersDeployment configures the calico-kube-controllers Deployment. If used in
       * conjunction with the deprecated ComponentResources, then these overrides take precedence.
       */
      "calicoKubeControllersDeployment"?: {
        /**
         * Metadata is a subset of a Kubernetes object's metadata that is added to the Deployment.
         */
        "metadata"?: {
          /**
           * Annotations is a map of arbitrary non-identifying metadata. Each of these
           * key/value pairs are added to the object's annotations provided the key does not
           * already exist in the object's annotations.
           */
          "annotations"?: {
            [key: string]: string;
          };
          /**
           * Labels is a map of string keys and values that may match replicaset and
           * service selectors. Each of these key/value pairs are added to the
           * object's labels provided the key does not already exist in the object's labels.
           */
          "labels"?: {
            [key: string]: string;
          };
        };
        /**
         * Spec is the specification of the calico-kube-controllers Deployment.
         */
        "spec"?: {
          /**
           * MinReadySeconds is the minimum number of seconds for which a newly created Deployment pod should
           * be ready without any of its container crashing, for it to be considered available.
           * If specified, this overrides any minReadySeconds value that may be set on the calico-kube-controllers Deployment.
           * If omitted, the calico-kube-controllers Deployment will use its default value for minReadySeconds.
           */
          "minReadySeconds"?: number;
          /**
           * Template describes the calico-kube-controllers Deployment pod that will be created.
           */
          "template"?: {
            /**
             * Metadata is a subset of a Kubernetes object's metadata that is added to
             * the pod's metadata.
             */
            "metadata"?: {
              /**
               * Annotations is a map of arbitrary non-identifying metadata. Each of these
               * key/value pairs are added to the object's annotations provided the key does not
               * already exist in the object's annotations.
               */
              "annotations"?: {
                [key: string]: string;
              };
              /**
               * Labels is a map of string keys and values that may match replicaset and
               * service selectors. Each of these key/value pairs are added to the
               * object's labels provided the key does not already exist in the object's labels.
               */
              "labels"?: {
                [key: string]: string;
              };
            };
            /**
             * Spec is the calico-kube-controllers Deployment's PodSpec.
             */
            "spec"?: {
              /**
               * Affinity is a group of affinity scheduling rules for the calico-kube-controllers pods.
               * If specified, this overrides any affinity that may be set on the calico-kube-controllers Deployment.
               * If omitted, the calico-kube-controllers Deployment will use its default value for affinity.
               * WARNING: Please note that this field will override the default calico-kube-controllers Deployment affinity.
               */
              "affinity"?: {
                /**
                 * Describes node affinity scheduling rules for the pod.
                 */
                "nodeAffinity"?: {
                  /**
                   * The scheduler will prefer to schedule pods to nodes that satisfy
                   * the affinity expressions specified by this field, but it may choose
                   * a node that violates one or more of the expressions. The node that is
                   * most preferred is the one with the greatest sum of weights, i.e.
                   * for each node that meets all of the scheduling requirements (resource
                   * request, requiredDuringScheduling affinity expressions, etc.),
                   * compute a sum by iterating through the elements of this field and adding
                   * "weight" to the sum if the node matches the corresponding matchExpressions; the
                   * node(s) with the highest sum are the most preferred.
                   */
                  "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                    /**
                     * A node selector term, associated with the corresponding weight.
                     */
                    "preference": {
                      /**
                       * A list of node selector requirements by node's labels.
                       */
                      "matchExpressions"?: Array<{
                        /**
                         * The label key that the selector applies to.
                         */
                        "key": string;
                        /**
                         * Represents a key's relationship to a set of values.
                         * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                         */
                        "operator": string;
                        /**
                         * An array of string values. If the operator is In or NotIn,
                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                         * the values array must be empty. If the operator is Gt or Lt, the values
                         * array must have a single element, which will be interpreted as an integer.
                         * This array is replaced during a strategic merge patch.
                         */
                        "values"?: Array<string>;
                      }>;
                      /**
                       * A list of node selector requirements by node's fields.
                       */
                      "matchFields"?: Array<{
                        /**
                         * The label key that the selector applies to.
                         */
                        "key": string;
                        /**
                         * Represents a key's relationship to a set of values.
                         * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                         */
                        "operator": string;
                        /**
                         * An array of string values. If the operator is In or NotIn,
                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                         * the values array must be empty. If the operator is Gt or Lt, the values
                         * array must have a single element, which will be interpreted as an integer.
                         * This array is replaced during a strategic merge patch.
                         */
                        "values"?: Array<string>;
                      }>;
                    };
                    /**
                     * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
                     */
                    "weight": number;
                  }>;
                  /**
                   * If the affinity requirements specified by this field are not met at
                   * scheduling time, the pod will not be scheduled onto the node.
                   * If the affinity requirements specified by this field cease to be met
                   * at some point during pod execution (e.g. due to an update), the system
                   * may or may not try to eventually evict the pod from its node.
                   */
                  "requiredDuringSchedulingIgnoredDuringExecution"?: {
                    /**
                     * Required. A list of node selector terms. The terms are ORed.
                     */
                    "nodeSelectorTerms": Array<{
                      /**
                       * A list of node selector requirements by node's labels.
                       */
                      "matchExpressions"?: Array<{
                        /**
                         * The label key that the selector applies to.
                         */
                        "key": string;
                        /**
                         * Represents a key's relationship to a set of values.
                         * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                         */
                        "operator": string;
                        /**
                         * An array of string values. If the operator is In or NotIn,
                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                         * the values array must be empty. If the operator is Gt or Lt, the values
                         * array must have a single element, which will be interpreted as an integer.
                         * This array is replaced during a strategic merge patch.
                         */
                        "values"?: Array<string>;
                      }>;
                      /**
                       * A list of node selector requirements by node's fields.
                       */
                      "matchFields"?: Array<{
                        /**
                         * The label key that the selector applies to.
                         */
                        "key": string;
                        /**
                         * Represents a key's relationship to a set of values.
                         * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                         */
                        "operator": string;
                        /**
                         * An array of string values. If the operator is In or NotIn,
                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                         * the values array must be empty. If the operator is Gt or Lt, the values
                         * array must have a single element, which will be interpreted as an integer.
                         * This array is replaced during a strategic merge patch.
                         */
                        "values"?: Array<string>;
                      }>;
                    }>;
                  };
                };
                /**
                 * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
                 */
                "podAffinity"?: {
                  /**
                   * The scheduler will prefer to schedule pods to nodes that satisfy
                   * the affinity expressions specified by this field, but it may choose
                   * a node that violates one or more of the expressions. The node that is
                   * most preferred is the one with the greatest sum of weights, i.e.
                   * for each node that meets all of the scheduling requirements (resource
                   * request, requiredDuringScheduling affinity expressions, etc.),
                   * compute a sum by iterating through the elements of this field and adding
                   * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
                   * node(s) with the highest sum are the most preferred.
                   */
                  "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                    /**
                     * Required. A pod affinity term, associated with the corresponding weight.
                     */
                    "podAffinityTerm": {
                      /**
                       * A label query over a set of resources, in this case pods.
                       * If it's null, this PodAffinityTerm matches with no Pods.
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
                       * MatchLabelKeys is a set of pod label keys to select which pods will
                       * be taken into consideration. The keys are used to lookup values from the
                       * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                       * to select the group of existing pods which pods will be taken into consideration
                       * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                       * pod labels will be ignored. The default value is empty.
                       * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                       * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                       */
                      "matchLabelKeys"?: Array<string>;
                      /**
                       * MismatchLabelKeys is a set of pod label keys to select which pods will
                       * be taken into consideration. The keys are used to lookup values from the
                       * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                       * to select the group of existing pods which pods will be taken into consideration
                       * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                       * pod labels will be ignored. The default value is empty.
                       * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                       * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                       */
                      "mismatchLabelKeys"?: Array<string>;
                      /**
                       * A label query over the set of namespaces that the term applies to.
                       * The term is applied to the union of the namespaces selected by this field
                       * and the ones listed in the namespaces field.
                       * null selector and null or empty namespaces list means "this pod's namespace".
                       * An empty selector ({}) matches all namespaces.
                       */
                      "namespaceSelector"?: {
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
                       * namespaces specifies a static list of namespace names that the term applies to.
                       * The term is applied to the union of the namespaces listed in this field
                       * and the ones selected by namespaceSelector.
                       * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                       */
                      "namespaces"?: Array<string>;
                      /**
                       * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                       * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                       * whose value of the label with key topologyKey matches that of any node on which any of the
                       * selected pods is running.
                       * Empty topologyKey is not allowed.
                       */
                      "topologyKey": string;
                    };
                    /**
                     * weight associated with matching the corresponding podAffinityTerm,
                     * in the range 1-100.
                     */
                    "weight": number;
                  }>;
                  /**
                   * If the affinity requirements specified by this field are not met at
                   * scheduling time, the pod will not be scheduled onto the node.
                   * If the affinity requirements specified by this field cease to be met
                   * at some point during pod execution (e.g. due to a pod label update), the
                   * system may or may not try to eventually evict the pod from its node.
                   * When there are multiple elements, the lists of nodes corresponding to each
                   * podAffinityTerm are intersected, i.e. all terms must be satisfied.
                   */
                  "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                    /**
                     * A label query over a set of resources, in this case pods.
                     * If it's null, this PodAffinityTerm matches with no Pods.
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
                     * MatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "matchLabelKeys"?: Array<string>;
                    /**
                     * MismatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "mismatchLabelKeys"?: Array<string>;
                    /**
                     * A label query over the set of namespaces that the term applies to.
                     * The term is applied to the union of the namespaces selected by this field
                     * and the ones listed in the namespaces field.
                     * null selector and null or empty namespaces list means "this pod's namespace".
                     * An empty selector ({}) matches all namespaces.
                     */
                    "namespaceSelector"?: {
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
                     * namespaces specifies a static list of namespace names that the term applies to.
                     * The term is applied to the union of the namespaces listed in this field
                     * and the ones selected by namespaceSelector.
                     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                     */
                    "namespaces"?: Array<string>;
                    /**
                     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                     * whose value of the label with key topologyKey matches that of any node on which any of the
                     * selected pods is running.
                     * Empty topologyKey is not allowed.
                     */
                    "topologyKey": string;
                  }>;
                };
                /**
                 * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
                 */
                "podAntiAffinity"?: {
                  /**
                   * The scheduler will prefer to schedule pods to nodes that satisfy
                   * the anti-affinity expressions specified by this field, but it may choose
                   * a node that violates one or more of the expressions. The node that is
                   * most preferred is the one with the greatest sum of weights, i.e.
                   * for each node that meets all of the scheduling requirements (resource
                   * request, requiredDuringScheduling anti-affinity expressions, etc.),
                   * compute a sum by iterating through the elements of this field and adding
                   * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
                   * node(s) with the highest sum are the most preferred.
                   */
                  "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                    /**
                     * Required. A pod affinity term, associated with the corresponding weight.
                     */
                    "podAffinityTerm": {
                      /**
                       * A label query over a set of resources, in this case pods.
                       * If it's null, this PodAffinityTerm matches with no Pods.
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
                       * MatchLabelKeys is a set of pod label keys to select which pods will
                       * be taken into consideration. The keys are used to lookup values from the
                       * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                       * to select the group of existing pods which pods will be taken into consideration
                       * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                       * pod labels will be ignored. The default value is empty.
                       * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                       * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                       */
                      "matchLabelKeys"?: Array<string>;
                      /**
                       * MismatchLabelKeys is a set of pod label keys to select which pods will
                       * be taken into consideration. The keys are used to lookup values from the
                       * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                       * to select the group of existing pods which pods will be taken into consideration
                       * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                       * pod labels will be ignored. The default value is empty.
                       * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                       * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                       */
                      "mismatchLabelKeys"?: Array<string>;
                      /**
                       * A label query over the set of namespaces that the term applies to.
                       * The term is applied to the union of the namespaces selected by this field
                       * and the ones listed in the namespaces field.
                       * null selector and null or empty namespaces list means "this pod's namespace".
                       * An empty selector ({}) matches all namespaces.
                       */
                      "namespaceSelector"?: {
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
                       * namespaces specifies a static list of namespace names that the term applies to.
                       * The term is applied to the union of the namespaces listed in this field
                       * and the ones selected by namespaceSelector.
                       * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                       */
                      "namespaces"?: Array<string>;
                      /**
                       * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                       * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                       * whose value of the label with key topologyKey matches that of any node on which any of the
                       * selected pods is running.
                       * Empty topologyKey is not allowed.
                       */
                      "topologyKey": string;
                    };
                    /**
                     * weight associated with matching the corresponding podAffinityTerm,
                     * in the range 1-100.
                     */
                    "weight": number;
                  }>;
                  /**
                   * If the anti-affinity requirements specified by this field are not met at
                   * scheduling time, the pod will not be scheduled onto the node.
                   * If the anti-affinity requirements specified by this field cease to be met
                   * at some point during pod execution (e.g. due to a pod label update), the
                   * system may or may not try to eventually evict the pod from its node.
                   * When there are multiple elements, the lists of nodes corresponding to each
                   * podAffinityTerm are intersected, i.e. all terms must be satisfied.
                   */
                  "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                    /**
                     * A label query over a set of resources, in this case pods.
                     * If it's null, this PodAffinityTerm matches with no Pods.
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
                     * MatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "matchLabelKeys"?: Array<string>;
                    /**
                     * MismatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "mismatchLabelKeys"?: Array<string>;
                    /**
                     * A label query over the set of namespaces that the term applies to.
                     * The term is applied to the union of the namespaces selected by this field
                     * and the ones listed in the namespaces field.
                     * null selector and null or empty namespaces list means "this pod's namespace".
                     * An empty selector ({}) matches all namespaces.
                     */
                    "namespaceSelector"?: {
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
                     * namespaces specifies a static list of namespace names that the term applies to.
                     * The term is applied to the union of the namespaces listed in this field
                     * and the ones selected by namespaceSelector.
                     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                     */
                    "namespaces"?: Array<string>;
                    /**
                     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                     * whose value of the label with key topologyKey matches that of any node on which any of the
                     * selected pods is running.
                     * Empty topologyKey is not allowed.
                     */
                    "topologyKey": string;
                  }>;
                };
              };
              /**
               * Containers is a list of calico-kube-controllers containers.
               * If specified, this overrides the specified calico-kube-controllers Deployment containers.
               * If omitted, the calico-kube-controllers Deployment will use its default values for its containers.
               */
              "containers"?: Array<{
                /**
                 * Name is an enum which identifies the calico-kube-controllers Deployment container by name.
                 * Supported values are: calico-kube-controllers, es-calico-kube-controllers
                 */
                "name": "calico-kube-controllers" | "es-calico-kube-controllers";
                /**
                 * Resources allows customization of limits and requests for compute resources such as cpu and memory.
                 * If specified, this overrides the named calico-kube-controllers Deployment container's resources.
                 * If omitted, the calico-kube-controllers Deployment will use its default value for this container's resources.
                 * If used in conjunction with the deprecated ComponentResources, then this value takes precedence.
                 */
                "resources"?: {
                  /**
                   * Claims lists the names of resources, defined in spec.resourceClaims,
                   * that are used by this container.
                   * This is an alpha field and requires enabling the
                   * DynamicResourceAllocation feature gate.
                   * This field is immutable. It can only be set for containers.
                   */
                  "claims"?: Array<{
                    /**
                     * Name must match the name of one entry in pod.spec.resourceClaims of
                     * the Pod where this field is used. It makes that resource available
                     * inside a container.
                     */
                    "name": string;
                    /**
                     * Request is the name chosen for a request in the referenced claim.
                     * If empty, everything from the claim is made available, otherwise
                     * only the result of this request.
                     */
                    "request"?: string;
                  }>;
                  /**
                   * Limits describes the maximum amount of compute resources allowed.
                   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                   */
                  "limits"?: {
                    [key: string]: number | string;
                  };
                  /**
                   * Requests describes the minimum amount of compute resources required.
                   * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                   * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                   */
                  "requests"?: {
                    [key: string]: number | string;
                  };
                };
              }>;
              /**
               * NodeSelector is the calico-kube-controllers pod's scheduling constraints.
               * If specified, each of the key/value pairs are added to the calico-kube-controllers Deployment nodeSelector provided
               * the key does not already exist in the object's nodeSelector.
               * If used in conjunction with ControlPlaneNodeSelector, that nodeSelector is set on the calico-kube-controllers Deployment
               * and each of this field's key/value pairs are added to the calico-kube-controllers Deployment nodeSelector provided
               * the key does not already exist in the object's nodeSelector.
               * If omitted, the calico-kube-controllers Deployment will use its default value for nodeSelector.
               * WARNING: Please note that this field will modify the default calico-kube-controllers Deployment nodeSelector.
               */
              "nodeSelector"?: {
                [key: string]: string;
              };
              /**
               * Tolerations is the calico-kube-controllers pod's tolerations.
               * If specified, this overrides any tolerations that may be set on the calico-kube-controllers Deployment.
               * If omitted, the calico-kube-controllers Deployment will use its default value for tolerations.
               * WARNING: Please note that this field will override the default calico-kube-controllers Deployment tolerations.
               */
              "tolerations"?: Array<{
                /**
                 * Effect indicates the taint effect to match. Empty means match all taint effects.
                 * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
                 */
                "effect"?: string;
                /**
                 * Key is the taint key that the toleration applies to. Empty means match all taint keys.
                 * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
                 */
                "key"?: string;
                /**
                 * Operator represents a key's relationship to the value.
                 * Valid operators are Exists and Equal. Defaults to Equal.
                 * Exists is equivalent to wildcard for value, so that a pod can
                 * tolerate all taints of a particular category.
                 */
                "operator"?: string;
                /**
                 * TolerationSeconds represents the period of time the toleration (which must be
                 * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
                 * it is not set, which means tolerate the taint forever (do not evict). Zero and
                 * negative values will be treated as 0 (evict immediately) by the system.
                 */
                "tolerationSeconds"?: number;
                /**
                 * Value is the taint value the toleration matches to.
                 * If the operator is Exists, the value should be empty, otherwise just a regular string.
                 */
                "value"?: string;
              }>;
            };
          };
        };
      };
      /**
       * CalicoNetwork specifies networking configuration options for Calico.
       */
      "calicoNetwork"?: {
        /**
         * BGP configures whether or not to enable Calico's BGP capabilities.
         */
        "bgp"?: "Enabled" | "Disabled";
        /**
         * BPFNetworkBootstrap manages the initial networking setup required to configure the BPF dataplane.
         * When enabled, the operator tries to bootstraps access to the Kubernetes API Server
         * by using the Kubernetes service and its associated endpoints.
         * This field should be enabled only if linuxDataplane is set to "BPF".
         * If another dataplane is selected, this field must be omitted or explicitly set to Disabled.
         * When disabled and linuxDataplane is BPF, you must manually provide the Kubernetes API Server
         * information via the "kubernetes-service-endpoint" ConfigMap. It is invalid to use both the ConfigMap
         * and have this field set to true at the same time.
         * Default: Disabled
         */
        "bpfNetworkBootstrap"?: "Disabled" | "Enabled";
        /**
         * ContainerIPForwarding configures whether ip forwarding will be enabled for containers in the CNI configuration.
         * Default: Disabled
         */
        "containerIPForwarding"?: "Enabled" | "Disabled";
        /**
         * HostPorts configures whether or not Calico will support Kubernetes HostPorts. Valid only when using the Calico CNI plugin.
         * Default: Enabled
         */
        "hostPorts"?: "Enabled" | "Disabled";
        /**
         * IPPools contains a list of IP pools to manage. If nil, a single IPv4 IP pool
         * will be created by the operator. If an empty list is provided, the operator will not create any IP pools and will instead
         * wait for IP pools to be created out-of-band.
         * IP pools in this list will be reconciled by the operator and should not be modified out-of-band.
         */
        "ipPools"?: Array<{
          /**
           * AllowedUse controls what the IP pool will be used for.  If not specified or empty, defaults to
           * ["Tunnel", "Workload"] for back-compatibility
           */
          "allowedUses"?: Array<string>;
          /**
           * AssignmentMode determines if IP addresses from this pool should be  assigned automatically or on request only
           */
          "assignmentMode"?: string;
          /**
           * BlockSize specifies the CIDR prefex length to use when allocating per-node IP blocks from
           * the main IP pool CIDR.
           * Default: 26 (IPv4), 122 (IPv6)
           */
          "blockSize"?: number;
          /**
           * CIDR contains the address range for the IP Pool in classless inter-domain routing format.
           */
          "cidr": string;
          /**
           * DisableBGPExport specifies whether routes from this IP pool's CIDR are exported over BGP.
           * Default: false
           */
          "disableBGPExport"?: boolean;
          /**
           * DisableNewAllocations specifies whether or not new IP allocations are allowed from this pool.
           * This is useful when you want to prevent new pods from receiving IP addresses from this pool, without
           * impacting any existing pods that have already been assigned addresses from this pool.
           */
          "disableNewAllocations"?: boolean;
          /**
           * Encapsulation specifies the encapsulation type that will be used with
           * the IP Pool.
           * Default: IPIP
           */
          "encapsulation"?: "IPIPCrossSubnet" | "IPIP" | "VXLAN" | "VXLANCrossSubnet" | "None";
          /**
           * Name is the name of the IP pool. If omitted, this will be generated.
           */
          "name"?: string;
          /**
           * NATOutgoing specifies if NAT will be enabled or disabled for outgoing traffic.
           * Default: Enabled
           */
          "natOutgoing"?: "Enabled" | "Disabled";
          /**
           * NodeSelector specifies the node selector that will be set for the IP Pool.
           * Default: 'all()'
           */
          "nodeSelector"?: string;
        }>;
        /**
         * KubeProxyManagement controls whether the operator manages the kube-proxy DaemonSet.
         * When enabled, the operator will manage the DaemonSet by patching it:
         * it disables kube-proxy if the dataplane is BPF, or enables it otherwise.
         * Default: Disabled
         */
        "kubeProxyManagement"?: "Disabled" | "Enabled";
        /**
         * LinuxDataplane is used to select the dataplane used for Linux nodes. In particular, it
         * causes the operator to add required mounts and environment variables for the particular dataplane.
         * If not specified, iptables mode is used.
         * Default: Iptables
         */
        "linuxDataplane"?: "Iptables" | "BPF" | "VPP" | "Nftables";
        /**
         * LinuxPolicySetupTimeoutSeconds delays new pods from running containers
         * until their policy has been programmed in the dataplane.
         * The specified delay defines the maximum amount of time
         * that the Calico CNI plugin will wait for policy to be programmed.
         * Only applies to pods created on Linux nodes.
         * \* A value of 0 disables pod startup delays.
         * Default: 0
         */
        "linuxPolicySetupTimeoutSeconds"?: number;
        /**
         * MTU specifies the maximum transmission unit to use on the pod network.
         * If not specified, Calico will perform MTU auto-detection based on the cluster network.
         */
        "mtu"?: number;
        /**
         * MultiInterfaceMode configures what will configure multiple interface per pod. Only valid for Calico Enterprise installations
         * using the Calico CNI plugin.
         * Default: None
         */
        "multiInterfaceMode"?: "None" | "Multus";
        /**
         * NodeAddressAutodetectionV4 specifies an approach to automatically detect node IPv4 addresses. If not specified,
         * will use default auto-detection settings to acquire an IPv4 address for each node.
         */
        "nodeAddressAutodetectionV4"?: {
          /**
           * CanReach enables IP auto-detection based on which source address on the node is used to reach the
           * specified IP or domain.
           */
          "canReach"?: string;
          /**
           * CIDRS enables IP auto-detection based on which addresses on the nodes are within
           * one of the provided CIDRs.
           */
          "cidrs"?: Array<string>;
          /**
           * FirstFound uses default interface matching parameters to select an interface, performing best-effort
           * filtering based on well-known interface names.
           */
          "firstFound"?: boolean;
          /**
           * Interface enables IP auto-detection based on interfaces that match the given regex.
           */
          "interface"?: string;
          /**
           * Kubernetes configures Calico to detect node addresses based on the Kubernetes API.
           */
          "kubernetes"?: "NodeInternalIP";
          /**
           * SkipInterface enables IP auto-detection based on interfaces that do not match
           * the given regex.
           */
          "skipInterface"?: string;
        };
        /**
         * NodeAddressAutodetectionV6 specifies an approach to automatically detect node IPv6 addresses. If not specified,
         * IPv6 addresses will not be auto-detected.
         */
        "nodeAddressAutodetectionV6"?: {
          /**
           * CanReach enables IP auto-detection based on which source address on the node is used to reach the
           * specified IP or domain.
           */
          "canReach"?: string;
          /**
           * CIDRS enables IP auto-detection based on which addresses on the nodes are within
           * one of the provided CIDRs.
           */
          "cidrs"?: Array<string>;
          /**
           * FirstFound uses default interface matching parameters to select an interface, performing best-effort
           * filtering based on well-known interface names.
           */
          "firstFound"?: boolean;
          /**
           * Interface enables IP auto-detection based on interfaces that match the given regex.
           */
          "interface"?: string;
          /**
           * Kubernetes configures Calico to detect node addresses based on the Kubernetes API.
           */
          "kubernetes"?: "NodeInternalIP";
          /**
           * SkipInterface enables IP auto-detection based on interfaces that do not match
           * the given regex.
           */
          "skipInterface"?: string;
        };
        /**
         * Sysctl configures sysctl parameters for tuning plugin
         */
        "sysctl"?: Array<{
          "key": "net.ipv4.tcp_keepalive_intvl" | "net.ipv4.tcp_keepalive_probes" | "net.ipv4.tcp_keepalive_time";
          "value": string;
        }>;
        /**
         * WindowsDataplane is used to select the dataplane used for Windows nodes. In particular, it
         * causes the operator to add required mounts and environment variables for the particular dataplane.
         * If not specified, it is disabled and the operator will not render the Calico Windows nodes daemonset.
         * Default: Disabled
         */
        "windowsDataplane"?: "HNS" | "Disabled";
      };
      /**
       * CalicoNodeDaemonSet configures the calico-node DaemonSet. If used in
       * conjunction with the deprecated ComponentResources, then these overrides take precedence.
       */
      "calicoNodeDaemonSet"?: {
        /**
         * Metadata is a subset of a Kubernetes object's metadata that is added to the DaemonSet.
         */
        "metadata"?: {
          /**
           * Annotations is a map of arbitrary non-identifying metadata. Each of these
           * key/value pairs are added to the object's annotations provided the key does not
           * already exist in the object's annotations.
           */
          "annotations"?: {
            [key: string]: string;
          };
          /**
           * Labels is a map of string keys and values that may match replicaset and
           * service selectors. Each of these key/value pairs are added to the
           * object's labels provided the key does not already exist in the object's labels.
           */
          "labels"?: {
            [key: string]: string;
          };
        };
        /**
         * Spec is the specification of the calico-node DaemonSet.
         */
        "spec"?: {
          /**
           * MinReadySeconds is the minimum number of seconds for which a newly created DaemonSet pod should
           * be ready without any of its container crashing, for it to be considered available.
           * If specified, this overrides any minReadySeconds value that may be set on the calico-node DaemonSet.
           * If omitted, the calico-node DaemonSet will use its default value for minReadySeconds.
           */
          "minReadySeconds"?: number;
          /**
           * Template describes the calico-node DaemonSet pod that will be created.
           */
          "template"?: {
            /**
             * Metadata is a subset of a Kubernetes object's metadata that is added to
             * the pod's metadata.
             */
            "metadata"?: {
              /**
               * Annotations is a map of arbitrary non-identifying metadata. Each of these
               * key/value pairs are added to the object's annotations provided the key does not
               * already exist in the object's annotations.
               */
              "annotations"?: {
                [key: string]: string;
              };
              /**
               * Labels is a map of string keys and values that may match replicaset and
               * service selectors. Each of these key/value pairs are added to the
               * object's labels provided the key does not already exist in the object's labels.
               */
              "labels"?: {
                [key: string]: string;
              };
            };
            /**
             * Spec is the calico-node DaemonSet's PodSpec.
             */
            "spec"?: {
              /**
               * Affinity is a group of affinity scheduling rules for the calico-node pods.
               * If specified, this overrides any affinity that may be set on the calico-node DaemonSet.
               * If omitted, the calico-node DaemonSet will use its default value for affinity.
               * WARNING: Please note that this field will override the default calico-node DaemonSet affinity.
               */
              "affinity"?: {
                /**
                 * Describes node affinity scheduling rules for the pod.
                 */
                "nodeAffinity"?: {
                  /**
                   * The scheduler will prefer to schedule pods to nodes that satisfy
                   * the affinity expressions specified by this field, but it may choose
                   * a node that violates one or more of the expressions. The node that is
                   * most preferred is the one with the greatest sum of weights, i.e.
                   * for each node that meets all of the scheduling requirements (resource
                   * request, requiredDuringScheduling affinity expressions, etc.),
                   * compute a sum by iterating through the elements of this field and adding
                   * "weight" to the sum if the node matches the corresponding matchExpressions; the
                   * node(s) with the highest sum are the most preferred.
                   */
                  "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                    /**
                     * A node selector term, associated with the corresponding weight.
                     */
                    "preference": {
                      /**
                       * A list of node selector requirements by node's labels.
                       */
                      "matchExpressions"?: Array<{
                        /**
                         * The label key that the selector applies to.
                         */
                        "key": string;
                        /**
                         * Represents a key's relationship to a set of values.
                         * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                         */
                        "operator": string;
                        /**
                         * An array of string values. If the operator is In or NotIn,
                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                         * the values array must be empty. If the operator is Gt or Lt, the values
                         * array must have a single element, which will be interpreted as an integer.
                         * This array is replaced during a strategic merge patch.
                         */
                        "values"?: Array<string>;
                      }>;
                      /**
                       * A list of node selector requirements by node's fields.
                       */
                      "matchFields"?: Array<{
                        /**
                         * The label key that the selector applies to.
                         */
                        "key": string;
                        /**
                         * Represents a key's relationship to a set of values.
                         * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                         */
                        "operator": string;
                        /**
                         * An array of string values. If the operator is In or NotIn,
                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                         * the values array must be empty. If the operator is Gt or Lt, the values
                         * array must have a single element, which will be interpreted as an integer.
                         * This array is replaced during a strategic merge patch.
                         */
                        "values"?: Array<string>;
                      }>;
                    };
                    /**
                     * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
                     */
                    "weight": number;
                  }>;
                  /**
                   * If the affinity requirements specified by this field are not met at
                   * scheduling time, the pod will not be scheduled onto the node.
                   * If the affinity requirements specified by this field cease to be met
                   * at some point during pod execution (e.g. due to an update), the system
                   * may or may not try to eventually evict the pod from its node.
                   */
                  "requiredDuringSchedulingIgnoredDuringExecution"?: {
                    /**
                     * Required. A list of node selector terms. The terms are ORed.
                     */
                    "nodeSelectorTerms": Array<{
                      /**
                       * A list of node selector requirements by node's labels.
                       */
                      "matchExpressions"?: Array<{
                        /**
                         * The label key that the selector applies to.
                         */
                        "key": string;
                        /**
                         * Represents a key's relationship to a set of values.
                         * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                         */
                        "operator": string;
                        /**
                         * An array of string values. If the operator is In or NotIn,
                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                         * the values array must be empty. If the operator is Gt or Lt, the values
                         * array must have a single element, which will be interpreted as an integer.
                         * This array is replaced during a strategic merge patch.
                         */
                        "values"?: Array<string>;
                      }>;
                      /**
                       * A list of node selector requirements by node's fields.
                       */
                      "matchFields"?: Array<{
                        /**
                         * The label key that the selector applies to.
                         */
                        "key": string;
                        /**
                         * Represents a key's relationship to a set of values.
                         * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                         */
                        "operator": string;
                        /**
                         * An array of string values. If the operator is In or NotIn,
                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                         * the values array must be empty. If the operator is Gt or Lt, the values
                         * array must have a single element, which will be interpreted as an integer.
                         * This array is replaced during a strategic merge patch.
                         */
                        "values"?: Array<string>;
                      }>;
                    }>;
                  };
                };
                /**
                 * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
                 */
                "podAffinity"?: {
                  /**
                   * The scheduler will prefer to schedule pods to nodes that satisfy
                   * the affinity expressions specified by this field, but it may choose
                   * a node that violates one or more of the expressions. The node that is
                   * most preferred is the one with the greatest sum of weights, i.e.
                   * for each node that meets all of the scheduling requirements (resource
                   * request, requiredDuringScheduling affinity expressions, etc.),
                   * compute a sum by iterating through the elements of this field and adding
                   * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
                   * node(s) with the highest sum are the most preferred.
                   */
                  "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                    /**
                     * Required. A pod affinity term, associated with the corresponding weight.
                     */
                    "podAffinityTerm": {
                      /**
                       * A label query over a set of resources, in this case pods.
                       * If it's null, this PodAffinityTerm matches with no Pods.
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
                       * MatchLabelKeys is a set of pod label keys to select which pods will
                       * be taken into consideration. The keys are used to lookup values from the
                       * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                       * to select the group of existing pods which pods will be taken into consideration
                       * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                       * pod labels will be ignored. The default value is empty.
                       * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                       * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                       */
                      "matchLabelKeys"?: Array<string>;
                      /**
                       * MismatchLabelKeys is a set of pod label keys to select which pods will
                       * be taken into consideration. The keys are used to lookup values from the
                       * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                       * to select the group of existing pods which pods will be taken into consideration
                       * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                       * pod labels will be ignored. The default value is empty.
                       * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                       * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                       */
                      "mismatchLabelKeys"?: Array<string>;
                      /**
                       * A label query over the set of namespaces that the term applies to.
                       * The term is applied to the union of the namespaces selected by this field
                       * and the ones listed in the namespaces field.
                       * null selector and null or empty namespaces list means "this pod's namespace".
                       * An empty selector ({}) matches all namespaces.
                       */
                      "namespaceSelector"?: {
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
                       * namespaces specifies a static list of namespace names that the term applies to.
                       * The term is applied to the union of the namespaces listed in this field
                       * and the ones selected by namespaceSelector.
                       * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                       */
                      "namespaces"?: Array<string>;
                      /**
                       * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                       * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                       * whose value of the label with key topologyKey matches that of any node on which any of the
                       * selected pods is running.
                       * Empty topologyKey is not allowed.
                       */
                      "topologyKey": string;
                    };
                    /**
                     * weight associated with matching the corresponding podAffinityTerm,
                     * in the range 1-100.
                     */
                    "weight": number;
                  }>;
                  /**
                   * If the affinity requirements specified by this field are not met at
                   * scheduling time, the pod will not be scheduled onto the node.
                   * If the affinity requirements specified by this field cease to be met
                   * at some point during pod execution (e.g. due to a pod label update), the
                   * system may or may not try to eventually evict the pod from its node.
                   * When there are multiple elements, the lists of nodes corresponding to each
                   * podAffinityTerm are intersected, i.e. all terms must be satisfied.
                   */
                  "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                    /**
                     * A label query over a set of resources, in this case pods.
                     * If it's null, this PodAffinityTerm matches with no Pods.
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
                     * MatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "matchLabelKeys"?: Array<string>;
                    /**
                     * MismatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "mismatchLabelKeys"?: Array<string>;
                    /**
                     * A label query over the set of namespaces that the term applies to.
                     * The term is applied to the union of the namespaces selected by this field
                     * and the ones listed in the namespaces field.
                     * null selector and null or empty namespaces list means "this pod's namespace".
                     * An empty selector ({}) matches all namespaces.
                     */
                    "namespaceSelector"?: {
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
                     * namespaces specifies a static list of namespace names that the term applies to.
                     * The term is applied to the union of the namespaces listed in this field
                     * and the ones selected by namespaceSelector.
                     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                     */
                    "namespaces"?: Array<string>;
                    /**
                     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                     * whose value of the label with key topologyKey matches that of any node on which any of the
                     * selected pods is running.
                     * Empty topologyKey is not allowed.
                     */
                    "topologyKey": string;
                  }>;
                };
                /**
                 * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
                 */
                "podAntiAffinity"?: {
                  /**
                   * The scheduler will prefer to schedule pods to nodes that satisfy
                   * the anti-affinity expressions specified by this field, but it may choose
                   * a node that violates one or more of the expressions. The node that is
                   * most preferred is the one with the greatest sum of weights, i.e.
                   * for each node that meets all of the scheduling requirements (resource
                   * request, requiredDuringScheduling anti-affinity expressions, etc.),
                   * compute a sum by iterating through the elements of this field and adding
                   * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
                   * node(s) with the highest sum are the most preferred.
                   */
                  "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                    /**
                     * Required. A pod affinity term, associated with the corresponding weight.
                     */
                    "podAffinityTerm": {
                      /**
                       * A label query over a set of resources, in this case pods.
                       * If it's null, this PodAffinityTerm matches with no Pods.
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
                       * MatchLabelKeys is a set of pod label keys to select which pods will
                       * be taken into consideration. The keys are used to lookup values from the
                       * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                       * to select the group of existing pods which pods will be taken into consideration
                       * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                       * pod labels will be ignored. The default value is empty.
                       * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                       * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                       */
                      "matchLabelKeys"?: Array<string>;
                      /**
                       * MismatchLabelKeys is a set of pod label keys to select which pods will
                       * be taken into consideration. The keys are used to lookup values from the
                       * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                       * to select the group of existing pods which pods will be taken into consideration
                       * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                       * pod labels will be ignored. The default value is empty.
                       * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                       * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                       */
                      "mismatchLabelKeys"?: Array<string>;
                      /**
                       * A label query over the set of namespaces that the term applies to.
                       * The term is applied to the union of the namespaces selected by this field
                       * and the ones listed in the namespaces field.
                       * null selector and null or empty namespaces list means "this pod's namespace".
                       * An empty selector ({}) matches all namespaces.
                       */
                      "namespaceSelector"?: {
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
                       * namespaces specifies a static list of namespace names that the term applies to.
                       * The term is applied to the union of the namespaces listed in this field
                       * and the ones selected by namespaceSelector.
                       * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                       */
                      "namespaces"?: Array<string>;
                      /**
                       * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                       * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                       * whose value of the label with key topologyKey matches that of any node on which any of the
                       * selected pods is running.
                       * Empty topologyKey is not allowed.
                       */
                      "topologyKey": string;
                    };
                    /**
                     * weight associated with matching the corresponding podAffinityTerm,
                     * in the range 1-100.
                     */
                    "weight": number;
                  }>;
                  /**
                   * If the anti-affinity requirements specified by this field are not met at
                   * scheduling time, the pod will not be scheduled onto the node.
                   * If the anti-affinity requirements specified by this field cease to be met
                   * at some point during pod execution (e.g. due to a pod label update), the
                   * system may or may not try to eventually evict the pod from its node.
                   * When there are multiple elements, the lists of nodes corresponding to each
                   * podAffinityTerm are intersected, i.e. all terms must be satisfied.
                   */
                  "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                    /**
                     * A label query over a set of resources, in this case pods.
                     * If it's null, this PodAffinityTerm matches with no Pods.
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
                     * MatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "matchLabelKeys"?: Array<string>;
                    /**
                     * MismatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "mismatchLabelKeys"?: Array<string>;
                    /**
                     * A label query over the set of namespaces that the term applies to.
                     * The term is applied to the union of the namespaces selected by this field
                     * and the ones listed in the namespaces field.
                     * null selector and null or empty namespaces list means "this pod's namespace".
                     * An empty selector ({}) matches all namespaces.
                     */
                    "namespaceSelector"?: {
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
                     * namespaces specifies a static list of namespace names that the term applies to.
                     * The term is applied to the union of the namespaces listed in this field
                     * and the ones selected by namespaceSelector.
                     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                     */
                    "namespaces"?: Array<string>;
                    /**
                     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                     * whose value of the label with key topologyKey matches that of any node on which any of the
                     * selected pods is running.
                     * Empty topologyKey is not allowed.
                     */
                    "topologyKey": string;
                  }>;
                };
              };
              /**
               * Containers is a list of calico-node containers.
               * If specified, this overrides the specified calico-node DaemonSet containers.
               * If omitted, the calico-node DaemonSet will use its default values for its containers.
               */
              "containers"?: Array<{
                /**
                 * Name is an enum which identifies the calico-node DaemonSet container by name.
                 * Supported values are: calico-node
                 */
                "name": "calico-node";
                /**
                 * Resources allows customization of limits and requests for compute resources such as cpu and memory.
                 * If specified, this overrides the named calico-node DaemonSet container's resources.
                 * If omitted, the calico-node DaemonSet will use its default value for this container's resources.
                 * If used in conjunction with the deprecated ComponentResources, then this value takes precedence.
                 */
                "resources"?: {
                  /**
                   * Claims lists the names of resources, defined in spec.resourceClaims,
                   * that are used by this container.
                   * This is an alpha field and requires enabling the
                   * DynamicResourceAllocation feature gate.
                   * This field is immutable. It can only be set for containers.
                   */
                  "claims"?: Array<{
                    /**
                     * Name must match the name of one entry in pod.spec.resourceClaims of
                     * the Pod where this field is used. It makes that resource available
                     * inside a container.
                     */
                    "name": string;
                    /**
                     * Request is the name chosen for a request in the referenced claim.
                     * If empty, everything from the claim is made available, otherwise
                     * only the result of this request.
                     */
                    "request"?: string;
                  }>;
                  /**
                   * Limits describes the maximum amount of compute resources allowed.
                   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                   */
                  "limits"?: {
                    [key: string]: number | string;
                  };
                  /**
                   * Requests describes the minimum amount of compute resources required.
                   * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                   * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                   */
                  "requests"?: {
                    [key: string]: number | string;
                  };
                };
              }>;
              /**
               * DNSConfig allows customization of the DNS configuration for the calico-node pods.
               */
              "dnsConfig"?: {
                /**
                 * A list of DNS name server IP addresses.
                 * This will be appended to the base nameservers generated from DNSPolicy.
                 * Duplicated nameservers will be removed.
                 */
                "nameservers"?: Array<string>;
                /**
                 * A list of DNS resolver options.
                 * This will be merged with the base options generated from DNSPolicy.
                 * Duplicated entries will be removed. Resolution options given in Options
                 * will override those that appear in the base DNSPolicy.
                 */
                "options"?: Array<{
                  /**
                   * Name is this DNS resolver option's name.
                   * Required.
                   */
                  "name"?: string;
                  /**
                   * Value is this DNS resolver option's value.
                   */
                  "value"?: string;
                }>;
                /**
                 * A list of DNS search domains for host-name lookup.
                 * This will be appended to the base search paths generated from DNSPolicy.
                 * Duplicated search paths will be removed.
                 */
                "searches"?: Array<string>;
              };
              /**
               * DNSPolicy is the DNS policy for the calico-node pods.
               */
              "dnsPolicy"?: "" | "Default" | "ClusterFirst" | "ClusterFirstWithHostNet" | "None";
              /**
               * InitContainers is a list of calico-node init containers.
               * If specified, this overrides the specified calico-node DaemonSet init containers.
               * If omitted, the calico-node DaemonSet will use its default values for its init containers.
               */
              "initContainers"?: Array<{
                /**
                 * Name is an enum which identifies the calico-node DaemonSet init container by name.
                 * Supported values are: install-cni, hostpath-init, flexvol-driver, ebpf-bootstrap, node-certs-key-cert-provisioner, calico-node-prometheus-server-tls-key-cert-provisioner, mount-bpffs (deprecated, replaced by ebpf-bootstrap)
                 */
                "name": "install-cni" | "hostpath-init" | "flexvol-driver" | "ebpf-bootstrap" | "node-certs-key-cert-provisioner" | "calico-node-prometheus-server-tls-key-cert-provisioner" | "mount-bpffs";
                /**
                 * Resources allows customization of limits and requests for compute resources such as cpu and memory.
                 * If specified, this overrides the named calico-node DaemonSet init container's resources.
                 * If omitted, the calico-node DaemonSet will use its default value for this container's resources.
                 * If used in conjunction with the deprecated ComponentResources, then this value takes precedence.
                 */
                "resources"?: {
                  /**
                   * Claims lists the names of resources, defined in spec.resourceClaims,
                   * that are used by this container.
                   * This is an alpha field and requires enabling the
                   * DynamicResourceAllocation feature gate.
                   * This field is immutable. It can only be set for containers.
                   */
                  "claims"?: Array<{
                    /**
                     * Name must match the name of one entry in pod.spec.resourceClaims of
                     * the Pod where this field is used. It makes that resource available
                     * inside a container.
                     */
                    "name": string;
                    /**
                     * Request is the name chosen for a request in the referenced claim.
                     * If empty, everything from the claim is made available, otherwise
                     * only the result of this request.
                     */
                    "request"?: string;
                  }>;
                  /**
                   * Limits describes the maximum amount of compute resources allowed.
                   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                   */
                  "limits"?: {
                    [key: string]: number | string;
                  };
                  /**
                   * Requests describes the minimum amount of compute resources required.
                   * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                   * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                   */
                  "requests"?: {
                    [key: string]: number | string;
                  };
                };
              }>;
              /**
               * NodeSelector is the calico-node pod's scheduling constraints.
               * If specified, each of the key/value pairs are added to the calico-node DaemonSet nodeSelector provided
               * the key does not already exist in the object's nodeSelector.
               * If omitted, the calico-node DaemonSet will use its default value for nodeSelector.
               * WARNING: Please note that this field will modify the default calico-node DaemonSet nodeSelector.
               */
              "nodeSelector"?: {
                [key: string]: string;
              };
              /**
               * Tolerations is the calico-node pod's tolerations.
               * If specified, this overrides any tolerations that may be set on the calico-node DaemonSet.
               * If omitted, the calico-node DaemonSet will use its default value for tolerations.
               * WARNING: Please note that this field will override the default calico-node DaemonSet tolerations.
               */
              "tolerations"?: Array<{
                /**
                 * Effect indicates the taint effect to match. Empty means match all taint effects.
                 * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
                 */
                "effect"?: string;
                /**
                 * Key is the taint key that the toleration applies to. Empty means match all taint keys.
                 * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
                 */
                "key"?: string;
                /**
                 * Operator represents a key's relationship to the value.
                 * Valid operators are Exists and Equal. Defaults to Equal.
                 * Exists is equivalent to wildcard for value, so that a pod can
                 * tolerate all taints of a particular category.
                 */
                "operator"?: string;
                /**
                 * TolerationSeconds represents the period of time the toleration (which must be
                 * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
                 * it is not set, which means tolerate the taint forever (do not evict). Zero and
                 * negative values will be treated as 0 (evict immediately) by the system.
                 */
                "tolerationSeconds"?: number;
                /**
                 * Value is the taint value the toleration matches to.
                 * If the operator is Exists, the value should be empty, otherwise just a regular string.
                 */
                "value"?: string;
              }>;
            };
          };
        };
      };
      /**
       * CalicoNodeWindowsDaemonSet configures the calico-node-windows DaemonSet.
       */
      "calicoNodeWindowsDaemonSet"?: {
        /**
         * Metadata is a subset of a Kubernetes object's metadata that is added to the DaemonSet.
         */
        "metadata"?: {
          /**
           * Annotations is a map of arbitrary non-identifying metadata. Each of these
           * key/value pairs are added to the object's annotations provided the key does not
           * already exist in the object's annotations.
           */
          "annotations"?: {
            [key: string]: string;
          };
          /**
           * Labels is a map of string keys and values that may match replicaset and
           * service selectors. Each of these key/value pairs are added to the
           * object's labels provided the key does not already exist in the object's labels.
           */
          "labels"?: {
            [key: string]: string;
          };
        };
        /**
         * Spec is the specification of the calico-node-windows DaemonSet.
         */
        "spec"?: {
          /**
           * MinReadySeconds is the minimum number of seconds for which a newly created DaemonSet pod should
           * be ready without any of its container crashing, for it to be considered available.
           * If specified, this overrides any minReadySeconds value that may be set on the calico-node-windows DaemonSet.
           * If omitted, the calico-node-windows DaemonSet will use its default value for minReadySeconds.
           */
          "minReadySeconds"?: number;
          /**
           * Template describes the calico-node-windows DaemonSet pod that will be created.
           */
          "template"?: {
            /**
             * Metadata is a subset of a Kubernetes object's metadata that is added to
             * the pod's metadata.
             */
            "metadata"?: {
              /**
               * Annotations is a map of arbitrary non-identifying metadata. Each of these
               * key/value pairs are added to the object's annotations provided the key does not
               * already exist in the object's annotations.
               */
              "annotations"?: {
                [key: string]: string;
              };
              /**
               * Labels is a map of string keys and values that may match replicaset and
               * service selectors. Each of these key/value pairs are added to the
               * object's labels provided the key does not already exist in the object's labels.
               */
              "labels"?: {
                [key: string]: string;
              };
            };
            /**
             * Spec is the calico-node-windows DaemonSet's PodSpec.
             */
            "spec"?: {
              /**
               * Affinity is a group of affinity scheduling rules for the calico-node-windows pods.
               * If specified, this overrides any affinity that may be set on the calico-node-windows DaemonSet.
               * If omitted, the calico-node-windows DaemonSet will use its default value for affinity.
               * WARNING: Please note that this field will override the default calico-node-windows DaemonSet affinity.
               */
              "affinity"?: {
                /**
                 * Describes node affinity scheduling rules for the pod.
                 */
                "nodeAffinity"?: {
                  /**
                   * The scheduler will prefer to schedule pods to nodes that satisfy
                   * the affinity expressions specified by this field, but it may choose
                   * a node that violates one or more of the expressions. The node that is
                   * most preferred is the one with the greatest sum of weights, i.e.
                   * for each node that meets all of the scheduling requirements (resource
                   * request, requiredDuringScheduling affinity expressions, etc.),
                   * compute a sum by iterating through the elements of this field and adding
                   * "weight" to the sum if the node matches the corresponding matchExpressions; the
                   * node(s) with the highest sum are the most preferred.
                   */
                  "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                    /**
                     * A node selector term, associated with the corresponding weight.
                     */
                    "preference": {
                      /**
                       * A list of node selector requirements by node's labels.
                       */
                      "matchExpressions"?: Array<{
                        /**
                         * The label key that the selector applies to.
                         */
                        "key": string;
                        /**
                         * Represents a key's relationship to a set of values.
                         * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                         */
                        "operator": string;
                        /**
                         * An array of string values. If the operator is In or NotIn,
                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                         * the values array must be empty. If the operator is Gt or Lt, the values
                         * array must have a single element, which will be interpreted as an integer.
                         * This array is replaced during a strategic merge patch.
                         */
                        "values"?: Array<string>;
                      }>;
                      /**
                       * A list of node selector requirements by node's fields.
                       */
                      "matchFields"?: Array<{
                        /**
                         * The label key that the selector applies to.
                         */
                        "key": string;
                        /**
                         * Represents a key's relationship to a set of values.
                         * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                         */
                        "operator": string;
                        /**
                         * An array of string values. If the operator is In or NotIn,
                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                         * the values array must be empty. If the operator is Gt or Lt, the values
                         * array must have a single element, which will be interpreted as an integer.
                         * This array is replaced during a strategic merge patch.
                         */
                        "values"?: Array<string>;
                      }>;
                    };
                    /**
                     * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
                     */
                    "weight": number;
                  }>;
                  /**
                   * If the affinity requirements specified by this field are not met at
                   * scheduling time, the pod will not be scheduled onto the node.
                   * If the affinity requirements specified by this field cease to be met
                   * at some point during pod execution (e.g. due to an update), the system
                   * may or may not try to eventually evict the pod from its node.
                   */
                  "requiredDuringSchedulingIgnoredDuringExecution"?: {
                    /**
                     * Required. A list of node selector terms. The terms are ORed.
                     */
                    "nodeSelectorTerms": Array<{
                      /**
                       * A list of node selector requirements by node's labels.
                       */
                      "matchExpressions"?: Array<{
                        /**
                         * The label key that the selector applies to.
                         */
                        "key": string;
                        /**
                         * Represents a key's relationship to a set of values.
                         * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                         */
                        "operator": string;
                        /**
                         * An array of string values. If the operator is In or NotIn,
                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                         * the values array must be empty. If the operator is Gt or Lt, the values
                         * array must have a single element, which will be interpreted as an integer.
                         * This array is replaced during a strategic merge patch.
                         */
                        "values"?: Array<string>;
                      }>;
                      /**
                       * A list of node selector requirements by node's fields.
                       */
                      "matchFields"?: Array<{
                        /**
                         * The label key that the selector applies to.
                         */
                        "key": string;
                        /**
                         * Represents a key's relationship to a set of values.
                         * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                         */
                        "operator": string;
                        /**
                         * An array of string values. If the operator is In or NotIn,
                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                         * the values array must be empty. If the operator is Gt or Lt, the values
                         * array must have a single element, which will be interpreted as an integer.
                         * This array is replaced during a strategic merge patch.
                         */
                        "values"?: Array<string>;
                      }>;
                    }>;
                  };
                };
                /**
                 * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
                 */
                "podAffinity"?: {
                  /**
                   * The scheduler will prefer to schedule pods to nodes that satisfy
                   * the affinity expressions specified by this field, but it may choose
                   * a node that violates one or more of the expressions. The node that is
                   * most preferred is the one with the greatest sum of weights, i.e.
                   * for each node that meets all of the scheduling requirements (resource
                   * request, requiredDuringScheduling affinity expressions, etc.),
                   * compute a sum by iterating through the elements of this field and adding
                   * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
                   * node(s) with the highest sum are the most preferred.
                   */
                  "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                    /**
                     * Required. A pod affinity term, associated with the corresponding weight.
                     */
                    "podAffinityTerm": {
                      /**
                       * A label query over a set of resources, in this case pods.
                       * If it's null, this PodAffinityTerm matches with no Pods.
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
                       * MatchLabelKeys is a set of pod label keys to select which pods will
                       * be taken into consideration. The keys are used to lookup values from the
                       * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                       * to select the group of existing pods which pods will be taken into consideration
                       * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                       * pod labels will be ignored. The default value is empty.
                       * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                       * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                       */
                      "matchLabelKeys"?: Array<string>;
                      /**
                       * MismatchLabelKeys is a set of pod label keys to select which pods will
                       * be taken into consideration. The keys are used to lookup values from the
                       * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                       * to select the group of existing pods which pods will be taken into consideration
                       * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                       * pod labels will be ignored. The default value is empty.
                       * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                       * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                       */
                      "mismatchLabelKeys"?: Array<string>;
                      /**
                       * A label query over the set of namespaces that the term applies to.
                       * The term is applied to the union of the namespaces selected by this field
                       * and the ones listed in the namespaces field.
                       * null selector and null or empty namespaces list means "this pod's namespace".
                       * An empty selector ({}) matches all namespaces.
                       */
                      "namespaceSelector"?: {
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
                       * namespaces specifies a static list of namespace names that the term applies to.
                       * The term is applied to the union of the namespaces listed in this field
                       * and the ones selected by namespaceSelector.
                       * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                       */
                      "namespaces"?: Array<string>;
                      /**
                       * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                       * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                       * whose value of the label with key topologyKey matches that of any node on which any of the
                       * selected pods is running.
                       * Empty topologyKey is not allowed.
                       */
                      "topologyKey": string;
                    };
                    /**
                     * weight associated with matching the corresponding podAffinityTerm,
                     * in the range 1-100.
                     */
                    "weight": number;
                  }>;
                  /**
                   * If the affinity requirements specified by this field are not met at
                   * scheduling time, the pod will not be scheduled onto the node.
                   * If the affinity requirements specified by this field cease to be met
                   * at some point during pod execution (e.g. due to a pod label update), the
                   * system may or may not try to eventually evict the pod from its node.
                   * When there are multiple elements, the lists of nodes corresponding to each
                   * podAffinityTerm are intersected, i.e. all terms must be satisfied.
                   */
                  "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                    /**
                     * A label query over a set of resources, in this case pods.
                     * If it's null, this PodAffinityTerm matches with no Pods.
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
                     * MatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "matchLabelKeys"?: Array<string>;
                    /**
                     * MismatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "mismatchLabelKeys"?: Array<string>;
                    /**
                     * A label query over the set of namespaces that the term applies to.
                     * The term is applied to the union of the namespaces selected by this field
                     * and the ones listed in the namespaces field.
                     * null selector and null or empty namespaces list means "this pod's namespace".
                     * An empty selector ({}) matches all namespaces.
                     */
                    "namespaceSelector"?: {
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
                     * namespaces specifies a static list of namespace names that the term applies to.
                     * The term is applied to the union of the namespaces listed in this field
                     * and the ones selected by namespaceSelector.
                     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                     */
                    "namespaces"?: Array<string>;
                    /**
                     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                     * whose value of the label with key topologyKey matches that of any node on which any of the
                     * selected pods is running.
                     * Empty topologyKey is not allowed.
                     */
                    "topologyKey": string;
                  }>;
                };
                /**
                 * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
                 */
                "podAntiAffinity"?: {
                  /**
                   * The scheduler will prefer to schedule pods to nodes that satisfy
                   * the anti-affinity expressions specified by this field, but it may choose
                   * a node that violates one or more of the expressions. The node that is
                   * most preferred is the one with the greatest sum of weights, i.e.
                   * for each node that meets all of the scheduling requirements (resource
                   * request, requiredDuringScheduling anti-affinity expressions, etc.),
                   * compute a sum by iterating through the elements of this field and adding
                   * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
                   * node(s) with the highest sum are the most preferred.
                   */
                  "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                    /**
                     * Required. A pod affinity term, associated with the corresponding weight.
                     */
                    "podAffinityTerm": {
                      /**
                       * A label query over a set of resources, in this case pods.
                       * If it's null, this PodAffinityTerm matches with no Pods.
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
                       * MatchLabelKeys is a set of pod label keys to select which pods will
                       * be taken into consideration. The keys are used to lookup values from the
                       * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                       * to select the group of existing pods which pods will be taken into consideration
                       * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                       * pod labels will be ignored. The default value is empty.
                       * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                       * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                       */
                      "matchLabelKeys"?: Array<string>;
                      /**
                       * MismatchLabelKeys is a set of pod label keys to select which pods will
                       * be taken into consideration. The keys are used to lookup values from the
                       * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                       * to select the group of existing pods which pods will be taken into consideration
                       * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                       * pod labels will be ignored. The default value is empty.
                       * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                       * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                       */
                      "mismatchLabelKeys"?: Array<string>;
                      /**
                       * A label query over the set of namespaces that the term applies to.
                       * The term is applied to the union of the namespaces selected by this field
                       * and the ones listed in the namespaces field.
                       * null selector and null or empty namespaces list means "this pod's namespace".
                       * An empty selector ({}) matches all namespaces.
                       */
                      "namespaceSelector"?: {
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
                       * namespaces specifies a static list of namespace names that the term applies to.
                       * The term is applied to the union of the namespaces listed in this field
                       * and the ones selected by namespaceSelector.
                       * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                       */
                      "namespaces"?: Array<string>;
                      /**
                       * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                       * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                       * whose value of the label with key topologyKey matches that of any node on which any of the
                       * selected pods is running.
                       * Empty topologyKey is not allowed.
                       */
                      "topologyKey": string;
                    };
                    /**
                     * weight associated with matching the corresponding podAffinityTerm,
                     * in the range 1-100.
                     */
                    "weight": number;
                  }>;
                  /**
                   * If the anti-affinity requirements specified by this field are not met at
                   * scheduling time, the pod will not be scheduled onto the node.
                   * If the anti-affinity requirements specified by this field cease to be met
                   * at some point during pod execution (e.g. due to a pod label update), the
                   * system may or may not try to eventually evict the pod from its node.
                   * When there are multiple elements, the lists of nodes corresponding to each
                   * podAffinityTerm are intersected, i.e. all terms must be satisfied.
                   */
                  "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                    /**
                     * A label query over a set of resources, in this case pods.
                     * If it's null, this PodAffinityTerm matches with no Pods.
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
                     * MatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "matchLabelKeys"?: Array<string>;
                    /**
                     * MismatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "mismatchLabelKeys"?: Array<string>;
                    /**
                     * A label query over the set of namespaces that the term applies to.
                     * The term is applied to the union of the namespaces selected by this field
                     * and the ones listed in the namespaces field.
                     * null selector and null or empty namespaces list means "this pod's namespace".
                     * An empty selector ({}) matches all namespaces.
                     */
                    "namespaceSelector"?: {
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
                     * namespaces specifies a static list of namespace names that the term applies to.
                     * The term is applied to the union of the namespaces listed in this field
                     * and the ones selected by namespaceSelector.
                     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                     */
                    "namespaces"?: Array<string>;
                    /**
                     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                     * whose value of the label with key topologyKey matches that of any node on which any of the
                     * selected pods is running.
                     * Empty topologyKey is not allowed.
                     */
                    "topologyKey": string;
                  }>;
                };
              };
              /**
               * Containers is a list of calico-node-windows containers.
               * If specified, this overrides the specified calico-node-windows DaemonSet containers.
               * If omitted, the calico-node-windows DaemonSet will use its default values for its containers.
               */
              "containers"?: Array<{
                /**
                 * Name is an enum which identifies the calico-node-windows DaemonSet container by name.
                 * Supported values are: calico-node-windows
                 */
                "name": "calico-node-windows";
                /**
                 * Resources allows customization of limits and requests for compute resources such as cpu and memory.
                 * If specified, this overrides the named calico-node-windows DaemonSet container's resources.
                 * If omitted, the calico-node-windows DaemonSet will use its default value for this container's resources.
                 * If used in conjunction with the deprecated ComponentResources, then this value takes precedence.
                 */
                "resources"?: {
                  /**
                   * Claims lists the names of resources, defined in spec.resourceClaims,
                   * that are used by this container.
                   * This is an alpha field and requires enabling the
                   * DynamicResourceAllocation feature gate.
                   * This field is immutable. It can only be set for containers.
                   */
                  "claims"?: Array<{
                    /**
                     * Name must match the name of one entry in pod.spec.resourceClaims of
                     * the Pod where this field is used. It makes that resource available
                     * inside a container.
                     */
                    "name": string;
                    /**
                     * Request is the name chosen for a request in the referenced claim.
                     * If empty, everything from the claim is made available, otherwise
                     * only the result of this request.
                     */
                    "request"?: string;
                  }>;
                  /**
                   * Limits describes the maximum amount of compute resources allowed.
                   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                   */
                  "limits"?: {
                    [key: string]: number | string;
                  };
                  /**
                   * Requests describes the minimum amount of compute resources required.
                   * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                   * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                   */
                  "requests"?: {
                    [key: string]: number | string;
                  };
                };
              }>;
              /**
               * InitContainers is a list of calico-node-windows init containers.
               * If specified, this overrides the specified calico-node-windows DaemonSet init containers.
               * If omitted, the calico-node-windows DaemonSet will use its default values for its init containers.
               */
              "initContainers"?: Array<{
                /**
                 * Name is an enum which identifies the calico-node-windows DaemonSet init container by name.
                 * Supported values are: install-cni;hostpath-init, flexvol-driver, node-certs-key-cert-provisioner, calico-node-windows-prometheus-server-tls-key-cert-provisioner
                 */
                "name": "install-cni" | "hostpath-init" | "flexvol-driver" | "node-certs-key-cert-provisioner" | "calico-node-windows-prometheus-server-tls-key-cert-provisioner";
                /**
                 * Resources allows customization of limits and requests for compute resources such as cpu and memory.
                 * If specified, this overrides the named calico-node-windows DaemonSet init container's resources.
                 * If omitted, the calico-node-windows DaemonSet will use its default value for this container's resources.
                 * If used in conjunction with the deprecated ComponentResources, then this value takes precedence.
                 */
                "resources"?: {
                  /**
                   * Claims lists the names of resources, defined in spec.resourceClaims,
                   * that are used by this container.
                   * This is an alpha field and requires enabling the
                   * DynamicResourceAllocation feature gate.
                   * This field is immutable. It can only be set for containers.
                   */
                  "claims"?: Array<{
                    /**
                     * Name must match the name of one entry in pod.spec.resourceClaims of
                     * the Pod where this field is used. It makes that resource available
                     * inside a container.
                     */
                    "name": string;
                    /**
                     * Request is the name chosen for a request in the referenced claim.
                     * If empty, everything from the claim is made available, otherwise
                     * only the result of this request.
                     */
                    "request"?: string;
                  }>;
                  /**
                   * Limits describes the maximum amount of compute resources allowed.
                   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                   */
                  "limits"?: {
                    [key: string]: number | string;
                  };
                  /**
                   * Requests describes the minimum amount of compute resources required.
                   * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                   * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                   */
                  "requests"?: {
                    [key: string]: number | string;
                  };
                };
              }>;
              /**
               * NodeSelector is the calico-node-windows pod's scheduling constraints.
               * If specified, each of the key/value pairs are added to the calico-node-windows DaemonSet nodeSelector provided
               * the key does not already exist in the object's nodeSelector.
               * If omitted, the calico-node-windows DaemonSet will use its default value for nodeSelector.
               * WARNING: Please note that this field will modify the default calico-node-windows DaemonSet nodeSelector.
               */
              "nodeSelector"?: {
                [key: string]: string;
              };
              /**
               * Tolerations is the calico-node-windows pod's tolerations.
               * If specified, this overrides any tolerations that may be set on the calico-node-windows DaemonSet.
               * If omitted, the calico-node-windows DaemonSet will use its default value for tolerations.
               * WARNING: Please note that this field will override the default calico-node-windows DaemonSet tolerations.
               */
              "tolerations"?: Array<{
                /**
                 * Effect indicates the taint effect to match. Empty means match all taint effects.
                 * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
                 */
                "effect"?: string;
                /**
                 * Key is the taint key that the toleration applies to. Empty means match all taint keys.
                 * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
                 */
                "key"?: string;
                /**
                 * Operator represents a key's relationship to the value.
                 * Valid operators are Exists and Equal. Defaults to Equal.
                 * Exists is equivalent to wildcard for value, so that a pod can
                 * tolerate all taints of a particular category.
                 */
                "operator"?: string;
                /**
                 * TolerationSeconds represents the period of time the toleration (which must be
                 * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
                 * it is not set, which means tolerate the taint forever (do not evict). Zero and
                 * negative values will be treated as 0 (evict immediately) by the system.
                 */
                "tolerationSeconds"?: number;
                /**
                 * Value is the taint value the toleration matches to.
                 * If the operator is Exists, the value should be empty, otherwise just a regular string.
                 */
                "value"?: string;
              }>;
            };
          };
        };
      };
      /**
       * Deprecated. The CalicoWindowsUpgradeDaemonSet is deprecated and will be removed from the API in the future.
       * CalicoWindowsUpgradeDaemonSet configures the calico-windows-upgrade DaemonSet.
       */
      "calicoWindowsUpgradeDaemonSet"?: {
        /**
         * Metadata is a subset of a Kubernetes object's metadata that is added to the Deployment.
         */
        "metadata"?: {
          /**
           * Annotations is a map of arbitrary non-identifying metadata. Each of these
           * key/value pairs are added to the object's annotations provided the key does not
           * already exist in the object's annotations.
           */
          "annotations"?: {
            [key: string]: string;
          };
          /**
           * Labels is a map of string keys and values that may match replicaset and
           * service selectors. Each of these key/value pairs are added to the
           * object's labels provided the key does not already exist in the object's labels.
           */
          "labels"?: {
            [key: string]: string;
          };
        };
        /**
         * Spec is the specification of the calico-windows-upgrade DaemonSet.
         */
        "spec"?: {
          /**
           * MinReadySeconds is the minimum number of seconds for which a newly created Deployment pod should
           * be ready without any of its container crashing, for it to be considered available.
           * If specified, this overrides any minReadySeconds value that may be set on the calico-windows-upgrade DaemonSet.
           * If omitted, the calico-windows-upgrade DaemonSet will use its default value for minReadySeconds.
           */
          "minReadySeconds"?: number;
          /**
           * Template describes the calico-windows-upgrade DaemonSet pod that will be created.
           */
          "template"?: {
            /**
             * Metadata is a subset of a Kubernetes object's metadata that is added to
             * the pod's metadata.
             */
            "metadata"?: {
              /**
               * Annotations is a map of arbitrary non-identifying metadata. Each of these
               * key/value pairs are added to the object's annotations provided the key does not
               * already exist in the object's annotations.
               */
              "annotations"?: {
                [key: string]: string;
              };
              /**
               * Labels is a map of string keys and values that may match replicaset and
               * service selectors. Each of these key/value pairs are added to the
               * object's labels provided the key does not already exist in the object's labels.
               */
              "labels"?: {
                [key: string]: string;
              };
            };
            /**
             * Spec is the calico-windows-upgrade DaemonSet's PodSpec.
             */
            "spec"?: {
              /**
               * Affinity is a group of affinity scheduling rules for the calico-windows-upgrade pods.
               * If specified, this overrides any affinity that may be set on the calico-windows-upgrade DaemonSet.
               * If omitted, the calico-windows-upgrade DaemonSet will use its default value for affinity.
               * WARNING: Please note that this field will override the default calico-windows-upgrade DaemonSet affinity.
               */
              "affinity"?: {
                /**
                 * Describes node affinity scheduling rules for the pod.
                 */
                "nodeAffinity"?: {
                  /**
                   * The scheduler will prefer to schedule pods to nodes that satisfy
                   * the affinity expressions specified by this field, but it may choose
                   * a node that violates one or more of the expressions. The node that is
                   * most preferred is the one with the greatest sum of weights, i.e.
                   * for each node that meets all of the scheduling requirements (resource
                   * request, requiredDuringScheduling affinity expressions, etc.),
                   * compute a sum by iterating through the elements of this field and adding
                   * "weight" to the sum if the node matches the corresponding matchExpressions; the
                   * node(s) with the highest sum are the most preferred.
                   */
                  "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                    /**
                     * A node selector term, associated with the corresponding weight.
                     */
                    "preference": {
                      /**
                       * A list of node selector requirements by node's labels.
                       */
                      "matchExpressions"?: Array<{
                        /**
                         * The label key that the selector applies to.
                         */
                        "key": string;
                        /**
                         * Represents a key's relationship to a set of values.
                         * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                         */
                        "operator": string;
                        /**
                         * An array of string values. If the operator is In or NotIn,
                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                         * the values array must be empty. If the operator is Gt or Lt, the values
                         * array must have a single element, which will be interpreted as an integer.
                         * This array is replaced during a strategic merge patch.
                         */
                        "values"?: Array<string>;
                      }>;
                      /**
                       * A list of node selector requirements by node's fields.
                       */
                      "matchFields"?: Array<{
                        /**
                         * The label key that the selector applies to.
                         */
                        "key": string;
                        /**
                         * Represents a key's relationship to a set of values.
                         * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                         */
                        "operator": string;
                        /**
                         * An array of string values. If the operator is In or NotIn,
                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                         * the values array must be empty. If the operator is Gt or Lt, the values
                         * array must have a single element, which will be interpreted as an integer.
                         * This array is replaced during a strategic merge patch.
                         */
                        "values"?: Array<string>;
                      }>;
                    };
                    /**
                     * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
                     */
                    "weight": number;
                  }>;
                  /**
                   * If the affinity requirements specified by this field are not met at
                   * scheduling time, the pod will not be scheduled onto the node.
                   * If the affinity requirements specified by this field cease to be met
                   * at some point during pod execution (e.g. due to an update), the system
                   * may or may not try to eventually evict the pod from its node.
                   */
                  "requiredDuringSchedulingIgnoredDuringExecution"?: {
                    /**
                     * Required. A list of node selector terms. The terms are ORed.
                     */
                    "nodeSelectorTerms": Array<{
                      /**
                       * A list of node selector requirements by node's labels.
                       */
                      "matchExpressions"?: Array<{
                        /**
                         * The label key that the selector applies to.
                         */
                        "key": string;
                        /**
                         * Represents a key's relationship to a set of values.
                         * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                         */
                        "operator": string;
                        /**
                         * An array of string values. If the operator is In or NotIn,
                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                         * the values array must be empty. If the operator is Gt or Lt, the values
                         * array must have a single element, which will be interpreted as an integer.
                         * This array is replaced during a strategic merge patch.
                         */
                        "values"?: Array<string>;
                      }>;
                      /**
                       * A list of node selector requirements by node's fields.
                       */
                      "matchFields"?: Array<{
                        /**
                         * The label key that the selector applies to.
                         */
                        "key": string;
                        /**
                         * Represents a key's relationship to a set of values.
                         * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                         */
                        "operator": string;
                        /**
                         * An array of string values. If the operator is In or NotIn,
                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                         * the values array must be empty. If the operator is Gt or Lt, the values
                         * array must have a single element, which will be interpreted as an integer.
                         * This array is replaced during a strategic merge patch.
                         */
                        "values"?: Array<string>;
                      }>;
                    }>;
                  };
                };
                /**
                 * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
                 */
                "podAffinity"?: {
                  /**
                   * The scheduler will prefer to schedule pods to nodes that satisfy
                   * the affinity expressions specified by this field, but it may choose
                   * a node that violates one or more of the expressions. The node that is
                   * most preferred is the one with the greatest sum of weights, i.e.
                   * for each node that meets all of the scheduling requirements (resource
                   * request, requiredDuringScheduling affinity expressions, etc.),
                   * compute a sum by iterating through the elements of this field and adding
                   * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
                   * node(s) with the highest sum are the most preferred.
                   */
                  "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                    /**
                     * Required. A pod affinity term, associated with the corresponding weight.
                     */
                    "podAffinityTerm": {
                      /**
                       * A label query over a set of resources, in this case pods.
                       * If it's null, this PodAffinityTerm matches with no Pods.
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
                       * MatchLabelKeys is a set of pod label keys to select which pods will
                       * be taken into consideration. The keys are used to lookup values from the
                       * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                       * to select the group of existing pods which pods will be taken into consideration
                       * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                       * pod labels will be ignored. The default value is empty.
                       * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                       * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                       */
                      "matchLabelKeys"?: Array<string>;
                      /**
                       * MismatchLabelKeys is a set of pod label keys to select which pods will
                       * be taken into consideration. The keys are used to lookup values from the
                       * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                       * to select the group of existing pods which pods will be taken into consideration
                       * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                       * pod labels will be ignored. The default value is empty.
                       * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                       * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                       */
                      "mismatchLabelKeys"?: Array<string>;
                      /**
                       * A label query over the set of namespaces that the term applies to.
                       * The term is applied to the union of the namespaces selected by this field
                       * and the ones listed in the namespaces field.
                       * null selector and null or empty namespaces list means "this pod's namespace".
                       * An empty selector ({}) matches all namespaces.
                       */
                      "namespaceSelector"?: {
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
                       * namespaces specifies a static list of namespace names that the term applies to.
                       * The term is applied to the union of the namespaces listed in this field
                       * and the ones selected by namespaceSelector.
                       * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                       */
                      "namespaces"?: Array<string>;
                      /**
                       * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                       * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                       * whose value of the label with key topologyKey matches that of any node on which any of the
                       * selected pods is running.
                       * Empty topologyKey is not allowed.
                       */
                      "topologyKey": string;
                    };
                    /**
                     * weight associated with matching the corresponding podAffinityTerm,
                     * in the range 1-100.
                     */
                    "weight": number;
                  }>;
                  /**
                   * If the affinity requirements specified by this field are not met at
                   * scheduling time, the pod will not be scheduled onto the node.
                   * If the affinity requirements specified by this field cease to be met
                   * at some point during pod execution (e.g. due to a pod label update), the
                   * system may or may not try to eventually evict the pod from its node.
                   * When there are multiple elements, the lists of nodes corresponding to each
                   * podAffinityTerm are intersected, i.e. all terms must be satisfied.
                   */
                  "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                    /**
                     * A label query over a set of resources, in this case pods.
                     * If it's null, this PodAffinityTerm matches with no Pods.
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
                     * MatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "matchLabelKeys"?: Array<string>;
                    /**
                     * MismatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "mismatchLabelKeys"?: Array<string>;
                    /**
                     * A label query over the set of namespaces that the term applies to.
                     * The term is applied to the union of the namespaces selected by this field
                     * and the ones listed in the namespaces field.
                     * null selector and null or empty namespaces list means "this pod's namespace".
                     * An empty selector ({}) matches all namespaces.
                     */
                    "namespaceSelector"?: {
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
                     * namespaces specifies a static list of namespace names that the term applies to.
                     * The term is applied to the union of the namespaces listed in this field
                     * and the ones selected by namespaceSelector.
                     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                     */
                    "namespaces"?: Array<string>;
                    /**
                     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                     * whose value of the label with key topologyKey matches that of any node on which any of the
                     * selected pods is running.
                     * Empty topologyKey is not allowed.
                     */
                    "topologyKey": string;
                  }>;
                };
                /**
                 * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
                 */
                "podAntiAffinity"?: {
                  /**
                   * The scheduler will prefer to schedule pods to nodes that satisfy
                   * the anti-affinity expressions specified by this field, but it may choose
                   * a node that violates one or more of the expressions. The node that is
                   * most preferred is the one with the greatest sum of weights, i.e.
                   * for each node that meets all of the scheduling requirements (resource
                   * request, requiredDuringScheduling anti-affinity expressions, etc.),
                   * compute a sum by iterating through the elements of this field and adding
                   * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
                   * node(s) with the highest sum are the most preferred.
                   */
                  "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                    /**
                     * Required. A pod affinity term, associated with the corresponding weight.
                     */
                    "podAffinityTerm": {
                      /**
                       * A label query over a set of resources, in this case pods.
                       * If it's null, this PodAffinityTerm matches with no Pods.
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
                       * MatchLabelKeys is a set of pod label keys to select which pods will
                       * be taken into consideration. The keys are used to lookup values from the
                       * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                       * to select the group of existing pods which pods will be taken into consideration
                       * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                       * pod labels will be ignored. The default value is empty.
                       * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                       * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                       */
                      "matchLabelKeys"?: Array<string>;
                      /**
                       * MismatchLabelKeys is a set of pod label keys to select which pods will
                       * be taken into consideration. The keys are used to lookup values from the
                       * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                       * to select the group of existing pods which pods will be taken into consideration
                       * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                       * pod labels will be ignored. The default value is empty.
                       * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                       * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                       */
                      "mismatchLabelKeys"?: Array<string>;
                      /**
                       * A label query over the set of namespaces that the term applies to.
                       * The term is applied to the union of the namespaces selected by this field
                       * and the ones listed in the namespaces field.
                       * null selector and null or empty namespaces list means "this pod's namespace".
                       * An empty selector ({}) matches all namespaces.
                       */
                      "namespaceSelector"?: {
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
                       * namespaces specifies a static list of namespace names that the term applies to.
                       * The term is applied to the union of the namespaces listed in this field
                       * and the ones selected by namespaceSelector.
                       * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                       */
                      "namespaces"?: Array<string>;
                      /**
                       * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                       * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                       * whose value of the label with key topologyKey matches that of any node on which any of the
                       * selected pods is running.
                       * Empty topologyKey is not allowed.
                       */
                      "topologyKey": string;
                    };
                    /**
                     * weight associated with matching the corresponding podAffinityTerm,
                     * in the range 1-100.
                     */
                    "weight": number;
                  }>;
                  /**
                   * If the anti-affinity requirements specified by this field are not met at
                   * scheduling time, the pod will not be scheduled onto the node.
                   * If the anti-affinity requirements specified by this field cease to be met
                   * at some point during pod execution (e.g. due to a pod label update), the
                   * system may or may not try to eventually evict the pod from its node.
                   * When there are multiple elements, the lists of nodes corresponding to each
                   * podAffinityTerm are intersected, i.e. all terms must be satisfied.
                   */
                  "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                    /**
                     * A label query over a set of resources, in this case pods.
                     * If it's null, this PodAffinityTerm matches with no Pods.
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
                     * MatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "matchLabelKeys"?: Array<string>;
                    /**
                     * MismatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "mismatchLabelKeys"?: Array<string>;
                    /**
                     * A label query over the set of namespaces that the term applies to.
                     * The term is applied to the union of the namespaces selected by this field
                     * and the ones listed in the namespaces field.
                     * null selector and null or empty namespaces list means "this pod's namespace".
                     * An empty selector ({}) matches all namespaces.
                     */
                    "namespaceSelector"?: {
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
                     * namespaces specifies a static list of namespace names that the term applies to.
                     * The term is applied to the union of the namespaces listed in this field
                     * and the ones selected by namespaceSelector.
                     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                     */
                    "namespaces"?: Array<string>;
                    /**
                     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                     * whose value of the label with key topologyKey matches that of any node on which any of the
                     * selected pods is running.
                     * Empty topologyKey is not allowed.
                     */
                    "topologyKey": string;
                  }>;
                };
              };
              /**
               * Containers is a list of calico-windows-upgrade containers.
               * If specified, this overrides the specified calico-windows-upgrade DaemonSet containers.
               * If omitted, the calico-windows-upgrade DaemonSet will use its default values for its containers.
               */
              "containers"?: Array<{
                /**
                 * Name is an enum which identifies the calico-windows-upgrade DaemonSet container by name.
                 */
                "name": "calico-windows-upgrade";
                /**
                 * Resources allows customization of limits and requests for compute resources such as cpu and memory.
                 * If specified, this overrides the named calico-windows-upgrade DaemonSet container's resources.
                 * If omitted, the calico-windows-upgrade DaemonSet will use its default value for this container's resources.
                 */
                "resources"?: {
                  /**
                   * Claims lists the names of resources, defined in spec.resourceClaims,
                   * that are used by this container.
                   * This is an alpha field and requires enabling the
                   * DynamicResourceAllocation feature gate.
                   * This field is immutable. It can only be set for containers.
                   */
                  "claims"?: Array<{
                    /**
                     * Name must match the name of one entry in pod.spec.resourceClaims of
                     * the Pod where this field is used. It makes that resource available
                     * inside a container.
                     */
                    "name": string;
                    /**
                     * Request is the name chosen for a request in the referenced claim.
                     * If empty, everything from the claim is made available, otherwise
                     * only the result of this request.
                     */
                    "request"?: string;
                  }>;
                  /**
                   * Limits describes the maximum amount of compute resources allowed.
                   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                   */
                  "limits"?: {
                    [key: string]: number | string;
                  };
                  /**
                   * Requests describes the minimum amount of compute resources required.
                   * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                   * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                   */
                  "requests"?: {
                    [key: string]: number | string;
                  };
                };
              }>;
              /**
               * NodeSelector is the calico-windows-upgrade pod's scheduling constraints.
               * If specified, each of the key/value pairs are added to the calico-windows-upgrade DaemonSet nodeSelector provided
               * the key does not already exist in the object's nodeSelector.
               * If omitted, the calico-windows-upgrade DaemonSet will use its default value for nodeSelector.
               * WARNING: Please note that this field will modify the default calico-windows-upgrade DaemonSet nodeSelector.
               */
              "nodeSelector"?: {
                [key: string]: string;
              };
              /**
               * Tolerations is the calico-windows-upgrade pod's tolerations.
               * If specified, this overrides any tolerations that may be set on the calico-windows-upgrade DaemonSet.
               * If omitted, the calico-windows-upgrade DaemonSet will use its default value for tolerations.
               * WARNING: Please note that this field will override the default calico-windows-upgrade DaemonSet tolerations.
               */
              "tolerations"?: Array<{
                /**
                 * Effect indicates the taint effect to match. Empty means match all taint effects.
                 * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
                 */
                "effect"?: string;
                /**
                 * Key is the taint key that the toleration applies to. Empty means match all taint keys.
                 * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
                 */
                "key"?: string;
                /**
                 * Operator represents a key's relationship to the value.
                 * Valid operators are Exists and Equal. Defaults to Equal.
                 * Exists is equivalent to wildcard for value, so that a pod can
                 * tolerate all taints of a particular category.
                 */
                "operator"?: string;
                /**
                 * TolerationSeconds represents the period of time the toleration (which must be
                 * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
                 * it is not set, which means tolerate the taint forever (do not evict). Zero and
                 * negative values will be treated as 0 (evict immediately) by the system.
                 */
                "tolerationSeconds"?: number;
                /**
                 * Value is the taint value the toleration matches to.
                 * If the operator is Exists, the value should be empty, otherwise just a regular string.
                 */
                "value"?: string;
              }>;
            };
          };
        };
      };
      /**
       * CertificateManagement configures pods to submit a CertificateSigningRequest to the certificates.k8s.io/v1 API in order
       * to obtain TLS certificates. This feature requires that you bring your own CSR signing and approval process, otherwise
       * pods will be stuck during initialization.
       */
      "certificateManagement"?: {
        /**
         * Certificate of the authority that signs the CertificateSigningRequests in PEM format.
         */
        "caCert": string;
        /**
         * Specify the algorithm used by pods to generate a key pair that is associated with the X.509 certificate request.
         * Default: RSAWithSize2048
         */
        "keyAlgorithm"?: "" | "RSAWithSize2048" | "RSAWithSize4096" | "RSAWithSize8192" | "ECDSAWithCurve256" | "ECDSAWithCurve384" | "ECDSAWithCurve521";
        /**
         * Specify the algorithm used for the signature of the X.509 certificate request.
         * Default: SHA256WithRSA
         */
        "signatureAlgorithm"?: "" | "SHA256WithRSA" | "SHA384WithRSA" | "SHA512WithRSA" | "ECDSAWithSHA256" | "ECDSAWithSHA384" | "ECDSAWithSHA512";
        /**
         * When a CSR is issued to the certificates.k8s.io API, the signerName is added to the request in order to accommodate for clusters
         * with multiple signers.
         * Must be formatted as: `<my-domain>/<my-signername>`.
         */
        "signerName": string;
      };
      /**
       * CNI specifies the CNI that will be used by this installation.
       */
      "cni"?: {
        /**
         * BinDir is the path to the CNI binaries directory.
         * If you have changed the installation directory for CNI binaries in the container runtime configuration,
         * please ensure that this field points to the same directory as specified in the container runtime settings.
         * Default directory depends on the KubernetesProvider.
         * \* For KubernetesProvider GKE, this field defaults to "/home/kubernetes/bin".
         * \* For KubernetesProvider OpenShift, this field defaults to "/var/lib/cni/bin".
         * \* Otherwise, this field defaults to "/opt/cni/bin".
         */
        "binDir"?: string;
        /**
         * ConfDir is the path to the CNI config directory.
         * If you have changed the installation directory for CNI configuration in the container runtime configuration,
         * please ensure that this field points to the same directory as specified in the container runtime settings.
         * Default directory depends on the KubernetesProvider.
         * \* For KubernetesProvider GKE, this field defaults to "/etc/cni/net.d".
         * \* For KubernetesProvider OpenShift, this field defaults to "/var/run/multus/cni/net.d".
         * \* Otherwise, this field defaults to "/etc/cni/net.d".
         */
        "confDir"?: string;
        /**
         * IPAM specifies the pod IP address management that will be used in the Calico or
         * Calico Enterprise installation.
         */
        "ipam"?: {
          /**
           * Specifies the IPAM plugin that will be used in the Calico or Calico Enterprise installation.
           * \* For CNI Plugin Calico, this field defaults to Calico.
           * \* For CNI Plugin GKE, this field defaults to HostLocal.
           * \* For CNI Plugin AzureVNET, this field defaults to AzureVNET.
           * \* For CNI Plugin AmazonVPC, this field defaults to AmazonVPC.
           * The IPAM plugin is installed and configured only if the CNI plugin is set to Calico,
           * for all other values of the CNI plugin the plugin binaries and CNI config is a dependency
           * that is expected to be installed separately.
           * Default: Calico
           */
          "type": "Calico" | "HostLocal" | "AmazonVPC" | "AzureVNET";
        };
        /**
         * SpecVersion configures the CNI specification version declared in the
         * CNI configuration ("cniVersion") that the operator generates. Auto
         * (the default) lets the operator choose an appropriate version, which
         * may increase across operator upgrades. Pin an explicit version if a
         * chained CNI plugin or container runtime in your environment requires
         * one. Only relevant when using the Calico CNI plugin.
         * Default: Auto
         */
        "specVersion"?: "Auto" | "0.3.1" | "0.4.0" | "1.0.0";
        /**
         * Specifies the CNI plugin that will be used in the Calico or Calico Enterprise installation.
         * \* For KubernetesProvider GKE, this field defaults to GKE.
         * \* For KubernetesProvider AKS, this field defaults to AzureVNET.
         * \* For KubernetesProvider EKS, this field defaults to AmazonVPC.
         * \* If aws-node daemonset exists in kube-system when the Installation resource is created, this field defaults to AmazonVPC.
         * \* For all other cases this field defaults to Calico.
         * For the value Calico, the CNI plugin binaries and CNI config will be installed as part of deployment,
         * for all other values the CNI plugin binaries and CNI config is a dependency that is expected
         * to be installed separately.
         * Default: Calico
         */
        "type": "Calico" | "GKE" | "AmazonVPC" | "AzureVNET";
      };
      /**
       * Deprecated. Please use CalicoNodeDaemonSet, TyphaDeployment, and KubeControllersDeployment.
       * ComponentResources can be used to customize the resource requirements for each component.
       * Node, Typha, and KubeControllers are supported for installations.
       */
      "componentResources"?: Array<{
        /**
         * ComponentName is an enum which identifies the component
         */
        "componentName": "Node" | "Typha" | "KubeControllers";
        /**
         * ResourceRequirements allows customization of limits and requests for compute resources such as cpu and memory.
         */
        "resourceRequirements": {
          /**
           * Claims lists the names of resources, defined in spec.resourceClaims,
           * that are used by this container.
           * This is an alpha field and requires enabling the
           * DynamicResourceAllocation feature gate.
           * This field is immutable. It can only be set for containers.
           */
          "claims"?: Array<{
            /**
             * Name must match the name of one entry in pod.spec.resourceClaims of
             * the Pod where this field is used. It makes that resource available
             * inside a container.
             */
            "name": string;
            /**
             * Request is the name chosen for a request in the referenced claim.
             * If empty, everything from the claim is made available, otherwise
             * only the result of this request.
             */
            "request"?: string;
          }>;
          /**
           * Limits describes the maximum amount of compute resources allowed.
           * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
           */
          "limits"?: {
            [key: string]: number | string;
          };
          /**
           * Requests describes the minimum amount of compute resources required.
           * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
           * otherwise to an implementation-defined value. Requests cannot exceed Limits.
           * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
           */
          "requests"?: {
            [key: string]: number | string;
          };
        };
      }>;
      /**
       * ControlPlaneNodeSelector is used to select control plane nodes on which to run Calico
       * components. This is globally applied to all resources created by the operator excluding daemonsets.
       */
      "controlPlaneNodeSelector"?: {
        [key: string]: string;
      };
      /**
       * ControlPlaneReplicas defines how many replicas of the control plane core components will be deployed.
       * This field applies to all control plane components that support High Availability. Defaults to 2.
       */
      "controlPlaneReplicas"?: number;
      /**
       * ControlPlaneTolerations specify tolerations which are then globally applied to all resources
       * created by the operator.
       */
      "controlPlaneTolerations"?: Array<{
        /**
         * Effect indicates the taint effect to match. Empty means match all taint effects.
         * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
         */
        "effect"?: string;
        /**
         * Key is the taint key that the toleration applies to. Empty means match all taint keys.
         * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
         */
        "key"?: string;
        /**
         * Operator represents a key's relationship to the value.
         * Valid operators are Exists and Equal. Defaults to Equal.
         * Exists is equivalent to wildcard for value, so that a pod can
         * tolerate all taints of a particular category.
         */
        "operator"?: string;
        /**
         * TolerationSeconds represents the period of time the toleration (which must be
         * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
         * it is not set, which means tolerate the taint forever (do not evict). Zero and
         * negative values will be treated as 0 (evict immediately) by the system.
         */
        "tolerationSeconds"?: number;
        /**
         * Value is the taint value the toleration matches to.
         * If the operator is Exists, the value should be empty, otherwise just a regular string.
         */
        "value"?: string;
      }>;
      /**
       * CSINodeDriverDaemonSet configures the csi-node-driver DaemonSet.
       */
      "csiNodeDriverDaemonSet"?: {
        /**
         * Metadata is a subset of a Kubernetes object's metadata that is added to the DaemonSet.
         */
        "metadata"?: {
          /**
           * Annotations is a map of arbitrary non-identifying metadata. Each of these
           * key/value pairs are added to the object's annotations provided the key does not
           * already exist in the object's annotations.
           */
          "annotations"?: {
            [key: string]: string;
          };
          /**
           * Labels is a map of string keys and values that may match replicaset and
           * service selectors. Each of these key/value pairs are added to the
           * object's labels provided the key does not already exist in the object's labels.
           */
          "labels"?: {
            [key: string]: string;
          };
        };
        /**
         * Spec is the specification of the csi-node-driver DaemonSet.
         */
        "spec"?: {
          /**
           * MinReadySeconds is the minimum number of seconds for which a newly created DaemonSet pod should
           * be ready without any of its container crashing, for it to be considered available.
           * If specified, this overrides any minReadySeconds value that may be set on the csi-node-driver DaemonSet.
           * If omitted, the csi-node-driver DaemonSet will use its default value for minReadySeconds.
           */
          "minReadySeconds"?: number;
          /**
           * Template describes the csi-node-driver DaemonSet pod that will be created.
           */
          "template"?: {
            /**
             * Metadata is a subset of a Kubernetes object's metadata that is added to
             * the pod's metadata.
             */
            "metadata"?: {
              /**
               * Annotations is a map of arbitrary non-identifying metadata. Each of these
               * key/value pairs are added to the object's annotations provided the key does not
               * already exist in the object's annotations.
               */
              "annotations"?: {
                [key: string]: string;
              };
              /**
               * Labels is a map of string keys and values that may match replicaset and
               * service selectors. Each of these key/value pairs are added to the
               * object's labels provided the key does not already exist in the object's labels.
               */
              "labels"?: {
                [key: string]: string;
              };
            };
            /**
             * Spec is the csi-node-driver DaemonSet's PodSpec.
             */
            "spec"?: {
              /**
               * Affinity is a group of affinity scheduling rules for the csi-node-driver pods.
               * If specified, this overrides any affinity that may be set on the csi-node-driver DaemonSet.
               * If omitted, the csi-node-driver DaemonSet will use its default value for affinity.
               * WARNING: Please note that this field will override the default csi-node-driver DaemonSet affinity.
               */
              "affinity"?: {
                /**
                 * Describes node affinity scheduling rules for the pod.
                 */
                "nodeAffinity"?: {
                  /**
                   * The scheduler will prefer to schedule pods to nodes that satisfy
                   * the affinity expressions specified by this field, but it may choose
                   * a node that violates one or more of the expressions. The node that is
                   * most preferred is the one with the greatest sum of weights, i.e.
                   * for each node that meets all of the scheduling requirements (resource
                   * request, requiredDuringScheduling affinity expressions, etc.),
                   * compute a sum by iterating through the elements of this field and adding
                   * "weight" to the sum if the node matches the corresponding matchExpressions; the
                   * node(s) with the highest sum are the most preferred.
                   */
                  "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                    /**
                     * A node selector term, associated with the corresponding weight.
                     */
                    "preference": {
                      /**
                       * A list of node selector requirements by node's labels.
                       */
                      "matchExpressions"?: Array<{
                        /**
                         * The label key that the selector applies to.
                         */
                        "key": string;
                        /**
                         * Represents a key's relationship to a set of values.
                         * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                         */
                        "operator": string;
                        /**
                         * An array of string values. If the operator is In or NotIn,
                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                         * the values array must be empty. If the operator is Gt or Lt, the values
                         * array must have a single element, which will be interpreted as an integer.
                         * This array is replaced during a strategic merge patch.
                         */
                        "values"?: Array<string>;
                      }>;
                      /**
                       * A list of node selector requirements by node's fields.
                       */
                      "matchFields"?: Array<{
                        /**
                         * The label key that the selector applies to.
                         */
                        "key": string;
                        /**
                         * Represents a key's relationship to a set of values.
                         * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                         */
                        "operator": string;
                        /**
                         * An array of string values. If the operator is In or NotIn,
                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                         * the values array must be empty. If the operator is Gt or Lt, the values
                         * array must have a single element, which will be interpreted as an integer.
                         * This array is replaced during a strategic merge patch.
                         */
                        "values"?: Array<string>;
                      }>;
                    };
                    /**
                     * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
                     */
                    "weight": number;
                  }>;
                  /**
                   * If the affinity requirements specified by this field are not met at
                   * scheduling time, the pod will not be scheduled onto the node.
                   * If the affinity requirements specified by this field cease to be met
                   * at some point during pod execution (e.g. due to an update), the system
                   * may or may not try to eventually evict the pod from its node.
                   */
                  "requiredDuringSchedulingIgnoredDuringExecution"?: {
                    /**
                     * Required. A list of node selector terms. The terms are ORed.
                     */
                    "nodeSelectorTerms": Array<{
                      /**
                       * A list of node selector requirements by node's labels.
                       */
                      "matchExpressions"?: Array<{
                        /**
                         * The label key that the selector applies to.
                         */
                        "key": string;
                        /**
                         * Represents a key's relationship to a set of values.
                         * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                         */
                        "operator": string;
                        /**
                         * An array of string values. If the operator is In or NotIn,
                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                         * the values array must be empty. If the operator is Gt or Lt, the values
                         * array must have a single element, which will be interpreted as an integer.
                         * This array is replaced during a strategic merge patch.
                         */
                        "values"?: Array<string>;
                      }>;
                      /**
                       * A list of node selector requirements by node's fields.
                       */
                      "matchFields"?: Array<{
                        /**
                         * The label key that the selector applies to.
                         */
                        "key": string;
                        /**
                         * Represents a key's relationship to a set of values.
                         * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                         */
                        "operator": string;
                        /**
                         * An array of string values. If the operator is In or NotIn,
                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                         * the values array must be empty. If the operator is Gt or Lt, the values
                         * array must have a single element, which will be interpreted as an integer.
                         * This array is replaced during a strategic merge patch.
                         */
                        "values"?: Array<string>;
                      }>;
                    }>;
                  };
                };
                /**
                 * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
                 */
                "podAffinity"?: {
                  /**
                   * The scheduler will prefer to schedule pods to nodes that satisfy
                   * the affinity expressions specified by this field, but it may choose
                   * a node that violates one or more of the expressions. The node that is
                   * most preferred is the one with the greatest sum of weights, i.e.
                   * for each node that meets all of the scheduling requirements (resource
                   * request, requiredDuringScheduling affinity expressions, etc.),
                   * compute a sum by iterating through the elements of this field and adding
                   * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
                   * node(s) with the highest sum are the most preferred.
                   */
                  "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                    /**
                     * Required. A pod affinity term, associated with the corresponding weight.
                     */
                    "podAffinityTerm": {
                      /**
                       * A label query over a set of resources, in this case pods.
                       * If it's null, this PodAffinityTerm matches with no Pods.
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
                       * MatchLabelKeys is a set of pod label keys to select which pods will
                       * be taken into consideration. The keys are used to lookup values from the
                       * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                       * to select the group of existing pods which pods will be taken into consideration
                       * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                       * pod labels will be ignored. The default value is empty.
                       * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                       * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                       */
                      "matchLabelKeys"?: Array<string>;
                      /**
                       * MismatchLabelKeys is a set of pod label keys to select which pods will
                       * be taken into consideration. The keys are used to lookup values from the
                       * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                       * to select the group of existing pods which pods will be taken into consideration
                       * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                       * pod labels will be ignored. The default value is empty.
                       * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                       * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                       */
                      "mismatchLabelKeys"?: Array<string>;
                      /**
                       * A label query over the set of namespaces that the term applies to.
                       * The term is applied to the union of the namespaces selected by this field
                       * and the ones listed in the namespaces field.
                       * null selector and null or empty namespaces list means "this pod's namespace".
                       * An empty selector ({}) matches all namespaces.
                       */
                      "namespaceSelector"?: {
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
                       * namespaces specifies a static list of namespace names that the term applies to.
                       * The term is applied to the union of the namespaces listed in this field
                       * and the ones selected by namespaceSelector.
                       * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                       */
                      "namespaces"?: Array<string>;
                      /**
                       * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                       * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                       * whose value of the label with key topologyKey matches that of any node on which any of the
                       * selected pods is running.
                       * Empty topologyKey is not allowed.
                       */
                      "topologyKey": string;
                    };
                    /**
                     * weight associated with matching the corresponding podAffinityTerm,
                     * in the range 1-100.
                     */
                    "weight": number;
                  }>;
                  /**
                   * If the affinity requirements specified by this field are not met at
                   * scheduling time, the pod will not be scheduled onto the node.
                   * If the affinity requirements specified by this field cease to be met
                   * at some point during pod execution (e.g. due to a pod label update), the
                   * system may or may not try to eventually evict the pod from its node.
                   * When there are multiple elements, the lists of nodes corresponding to each
                   * podAffinityTerm are intersected, i.e. all terms must be satisfied.
                   */
                  "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                    /**
                     * A label query over a set of resources, in this case pods.
                     * If it's null, this PodAffinityTerm matches with no Pods.
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
                     * MatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "matchLabelKeys"?: Array<string>;
                    /**
                     * MismatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "mismatchLabelKeys"?: Array<string>;
                    /**
                     * A label query over the set of namespaces that the term applies to.
                     * The term is applied to the union of the namespaces selected by this field
                     * and the ones listed in the namespaces field.
                     * null selector and null or empty namespaces list means "this pod's namespace".
                     * An empty selector ({}) matches all namespaces.
                     */
                    "namespaceSelector"?: {
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
                     * namespaces specifies a static list of namespace names that the term applies to.
                     * The term is applied to the union of the namespaces listed in this field
                     * and the ones selected by namespaceSelector.
                     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                     */
                    "namespaces"?: Array<string>;
                    /**
                     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                     * whose value of the label with key topologyKey matches that of any node on which any of the
                     * selected pods is running.
                     * Empty topologyKey is not allowed.
                     */
                    "topologyKey": string;
                  }>;
                };
                /**
                 * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
                 */
                "podAntiAffinity"?: {
                  /**
                   * The scheduler will prefer to schedule pods to nodes that satisfy
                   * the anti-affinity expressions specified by this field, but it may choose
                   * a node that violates one or more of the expressions. The node that is
                   * most preferred is the one with the greatest sum of weights, i.e.
                   * for each node that meets all of the scheduling requirements (resource
                   * request, requiredDuringScheduling anti-affinity expressions, etc.),
                   * compute a sum by iterating through the elements of this field and adding
                   * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
                   * node(s) with the highest sum are the most preferred.
                   */
                  "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                    /**
                     * Required. A pod affinity term, associated with the corresponding weight.
                     */
                    "podAffinityTerm": {
                      /**
                       * A label query over a set of resources, in this case pods.
                       * If it's null, this PodAffinityTerm matches with no Pods.
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
                       * MatchLabelKeys is a set of pod label keys to select which pods will
                       * be taken into consideration. The keys are used to lookup values from the
                       * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                       * to select the group of existing pods which pods will be taken into consideration
                       * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                       * pod labels will be ignored. The default value is empty.
                       * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                       * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                       */
                      "matchLabelKeys"?: Array<string>;
                      /**
                       * MismatchLabelKeys is a set of pod label keys to select which pods will
                       * be taken into consideration. The keys are used to lookup values from the
                       * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                       * to select the group of existing pods which pods will be taken into consideration
                       * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                       * pod labels will be ignored. The default value is empty.
                       * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                       * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                       */
                      "mismatchLabelKeys"?: Array<string>;
                      /**
                       * A label query over the set of namespaces that the term applies to.
                       * The term is applied to the union of the namespaces selected by this field
                       * and the ones listed in the namespaces field.
                       * null selector and null or empty namespaces list means "this pod's namespace".
                       * An empty selector ({}) matches all namespaces.
                       */
                      "namespaceSelector"?: {
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
                       * namespaces specifies a static list of namespace names that the term applies to.
                       * The term is applied to the union of the namespaces listed in this field
                       * and the ones selected by namespaceSelector.
                       * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                       */
                      "namespaces"?: Array<string>;
                      /**
                       * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                       * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                       * whose value of the label with key topologyKey matches that of any node on which any of the
                       * selected pods is running.
                       * Empty topologyKey is not allowed.
                       */
                      "topologyKey": string;
                    };
                    /**
                     * weight associated with matching the corresponding podAffinityTerm,
                     * in the range 1-100.
                     */
                    "weight": number;
                  }>;
                  /**
                   * If the anti-affinity requirements specified by this field are not met at
                   * scheduling time, the pod will not be scheduled onto the node.
                   * If the anti-affinity requirements specified by this field cease to be met
                   * at some point during pod execution (e.g. due to a pod label update), the
                   * system may or may not try to eventually evict the pod from its node.
                   * When there are multiple elements, the lists of nodes corresponding to each
                   * podAffinityTerm are intersected, i.e. all terms must be satisfied.
                   */
                  "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                    /**
                     * A label query over a set of resources, in this case pods.
                     * If it's null, this PodAffinityTerm matches with no Pods.
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
                     * MatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "matchLabelKeys"?: Array<string>;
                    /**
                     * MismatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "mismatchLabelKeys"?: Array<string>;
                    /**
                     * A label query over the set of namespaces that the term applies to.
                     * The term is applied to the union of the namespaces selected by this field
                     * and the ones listed in the namespaces field.
                     * null selector and null or empty namespaces list means "this pod's namespace".
                     * An empty selector ({}) matches all namespaces.
                     */
                    "namespaceSelector"?: {
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
                     * namespaces specifies a static list of namespace names that the term applies to.
                     * The term is applied to the union of the namespaces listed in this field
                     * and the ones selected by namespaceSelector.
                     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                     */
                    "namespaces"?: Array<string>;
                    /**
                     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                     * whose value of the label with key topologyKey matches that of any node on which any of the
                     * selected pods is running.
                     * Empty topologyKey is not allowed.
                     */
                    "topologyKey": string;
                  }>;
                };
              };
              /**
               * Containers is a list of csi-node-driver containers.
               * If specified, this overrides the specified csi-node-driver DaemonSet containers.
               * If omitted, the csi-node-driver DaemonSet will use its default values for its containers.
               */
              "containers"?: Array<{
                /**
                 * Name is an enum which identifies the csi-node-driver DaemonSet container by name.
                 * Supported values are: calico-csi, csi-node-driver-registrar.
                 */
                "name": "calico-csi" | "csi-node-driver-registrar" | "csi-node-driver";
                /**
                 * Resources allows customization of limits and requests for compute resources such as cpu and memory.
                 * If specified, this overrides the named csi-node-driver DaemonSet container's resources.
                 * If omitted, the csi-node-driver DaemonSet will use its default value for this container's resources.
                 */
                "resources"?: {
                  /**
                   * Claims lists the names of resources, defined in spec.resourceClaims,
                   * that are used by this container.
                   * This is an alpha field and requires enabling the
                   * DynamicResourceAllocation feature gate.
                   * This field is immutable. It can only be set for containers.
                   */
                  "claims"?: Array<{
                    /**
                     * Name must match the name of one entry in pod.spec.resourceClaims of
                     * the Pod where this field is used. It makes that resource available
                     * inside a container.
                     */
                    "name": string;
                    /**
                     * Request is the name chosen for a request in the referenced claim.
                     * If empty, everything from the claim is made available, otherwise
                     * only the result of this request.
                     */
                    "request"?: string;
                  }>;
                  /**
                   * Limits describes the maximum amount of compute resources allowed.
                   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                   */
                  "limits"?: {
                    [key: string]: number | string;
                  };
                  /**
                   * Requests describes the minimum amount of compute resources required.
                   * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                   * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                   */
                  "requests"?: {
                    [key: string]: number | string;
                  };
                };
              }>;
              /**
               * NodeSelector is the csi-node-driver pod's scheduling constraints.
               * If specified, each of the key/value pairs are added to the csi-node-driver DaemonSet nodeSelector provided
               * the key does not already exist in the object's nodeSelector.
               * If omitted, the csi-node-driver DaemonSet will use its default value for nodeSelector.
               * WARNING: Please note that this field will modify the default csi-node-driver DaemonSet nodeSelector.
               */
              "nodeSelector"?: {
                [key: string]: string;
              };
              /**
               * Tolerations is the csi-node-driver pod's tolerations.
               * If specified, this overrides any tolerations that may be set on the csi-node-driver DaemonSet.
               * If omitted, the csi-node-driver DaemonSet will use its default value for tolerations.
               * WARNING: Please note that this field will override the default csi-node-driver DaemonSet tolerations.
               */
              "tolerations"?: Array<{
                /**
                 * Effect indicates the taint effect to match. Empty means match all taint effects.
                 * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
                 */
                "effect"?: string;
                /**
                 * Key is the taint key that the toleration applies to. Empty means match all taint keys.
                 * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
                 */
                "key"?: string;
                /**
                 * Operator represents a key's relationship to the value.
                 * Valid operators are Exists and Equal. Defaults to Equal.
                 * Exists is equivalent to wildcard for value, so that a pod can
                 * tolerate all taints of a particular category.
                 */
                "operator"?: string;
                /**
                 * TolerationSeconds represents the period of time the toleration (which must be
                 * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
                 * it is not set, which means tolerate the taint forever (do not evict). Zero and
                 * negative values will be treated as 0 (evict immediately) by the system.
                 */
                "tolerationSeconds"?: number;
                /**
                 * Value is the taint value the toleration matches to.
                 * If the operator is Exists, the value should be empty, otherwise just a regular string.
                 */
                "value"?: string;
              }>;
            };
          };
        };
      };
      /**
       * FIPSMode uses images and features only that are using FIPS 140-2 validated cryptographic modules and standards.
       * Only supported for Variant=Calico.
       * Default: Disabled
       */
      "fipsMode"?: "Enabled" | "Disabled";
      /**
       * FlexVolumePath optionally specifies a custom path for FlexVolume. If not specified, FlexVolume will be
       * enabled by default. If set to 'None', FlexVolume will be disabled. The default is based on the
       * kubernetesProvider.
       */
      "flexVolumePath"?: string;
      /**
       * ImagePath allows for the path part of an image to be specified. If specified
       * then the specified value will be used as the image path for each image. If not specified
       * or empty, the default for each image will be used.
       * A special case value, UseDefault, is supported to explicitly specify the default
       * image path will be used for each image.
       * Image format:
       *    `<registry><imagePath>/<imagePrefix><imageName>:<image-tag>`
       * This option allows configuring the `<imagePath>` portion of the above format.
       */
      "imagePath"?: string;
      /**
       * ImagePrefix allows for the prefix part of an image to be specified. If specified
       * then the given value will be used as a prefix on each image. If not specified
       * or empty, no prefix will be used.
       * A special case value, UseDefault, is supported to explicitly specify the default
       * image prefix will be used for each image.
       * Image format:
       *    `<registry><imagePath>/<imagePrefix><imageName>:<image-tag>`
       * This option allows configuring the `<imagePrefix>` portion of the above format.
       */
      "imagePrefix"?: string;
      /**
       * ImagePullSecrets is an array of references to container registry pull secrets to use. These are
       * applied to all images to be pulled.
       */
      "imagePullSecrets"?: Array<{
        /**
         * Name of the referent.
         * This field is effectively required, but due to backwards compatibility is
         * allowed to be empty. Instances of this type with an empty value here are
         * almost certainly wrong.
         * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
         */
        "name"?: string;
      }>;
      /**
       * KubeletVolumePluginPath optionally specifies enablement of Calico CSI plugin. If not specified,
       * CSI will be enabled by default. If set to 'None', CSI will be disabled.
       * Default: /var/lib/kubelet
       */
      "kubeletVolumePluginPath"?: string;
      /**
       * KubernetesProvider specifies a particular provider of the Kubernetes platform and enables provider-specific configuration.
       * If the specified value is empty, the Operator will attempt to automatically determine the current provider.
       * If the specified value is not empty, the Operator will still attempt auto-detection, but
       * will additionally compare the auto-detected value to the specified value to confirm they match.
       */
      "kubernetesProvider"?: "" | "EKS" | "GKE" | "AKS" | "OpenShift" | "DockerEnterprise" | "RKE2" | "TKG" | "Kind";
      /**
       * Logging Configuration for Components
       */
      "logging"?: {
        /**
         * Customized logging specification for calico-cni plugin
         */
        "cni"?: {
          /**
           * Default: 30 (days)
           */
          "logFileMaxAgeDays"?: number;
          /**
           * Default: 10
           */
          "logFileMaxCount"?: number;
          /**
           * Default: 100Mi
           */
          "logFileMaxSize"?: number | string;
          /**
           * Default: Info
           */
          "logSeverity"?: "Error" | "Warning" | "Info" | "Debug";
        };
      };
      /**
       * NodeMetricsPort specifies which port calico/node serves prometheus metrics on. By default, metrics are not enabled.
       * If specified, this overrides any FelixConfiguration resources which may exist. If omitted, then
       * prometheus metrics may still be configured through FelixConfiguration.
       */
      "nodeMetricsPort"?: number;
      /**
       * NodeUpdateStrategy can be used to customize the desired update strategy, such as the MaxUnavailable
       * field.
       */
      "nodeUpdateStrategy"?: {
        /**
         * Rolling update config params. Present only if type = "RollingUpdate".
         */
        "rollingUpdate"?: {
          /**
           * The maximum number of nodes with an existing available DaemonSet pod that
           * can have an updated DaemonSet pod during during an update.
           * Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%).
           * This can not be 0 if MaxUnavailable is 0.
           * Absolute number is calculated from percentage by rounding up to a minimum of 1.
           * Default value is 0.
           * Example: when this is set to 30%, at most 30% of the total number of nodes
           * that should be running the daemon pod (i.e. status.desiredNumberScheduled)
           * can have their a new pod created before the old pod is marked as deleted.
           * The update starts by launching new pods on 30% of nodes. Once an updated
           * pod is available (Ready for at least minReadySeconds) the old DaemonSet pod
           * on that node is marked deleted. If the old pod becomes unavailable for any
           * reason (Ready transitions to false, is evicted, or is drained) an updated
           * pod is immediatedly created on that node without considering surge limits.
           * Allowing surge implies the possibility that the resources consumed by the
           * daemonset on any given node can double if the readiness check fails, and
           * so resource intensive daemonsets should take into account that they may
           * cause evictions during disruption.
           */
          "maxSurge"?: number | string;
          /**
           * The maximum number of DaemonSet pods that can be unavailable during the
           * update. Value can be an absolute number (ex: 5) or a percentage of total
           * number of DaemonSet pods at the start of the update (ex: 10%). Absolute
           * number is calculated from percentage by rounding up.
           * This cannot be 0 if MaxSurge is 0
           * Default value is 1.
           * Example: when this is set to 30%, at most 30% of the total number of nodes
           * that should be running the daemon pod (i.e. status.desiredNumberScheduled)
           * can have their pods stopped for an update at any given time. The update
           * starts by stopping at most 30% of those DaemonSet pods and then brings
           * up new DaemonSet pods in their place. Once the new pods are available,
           * it then proceeds onto other DaemonSet pods, thus ensuring that at least
           * 70% of original number of DaemonSet pods are available at all times during
           * the update.
           */
          "maxUnavailable"?: number | string;
        };
        /**
         * Type of daemon set update. Can be "RollingUpdate" or "OnDelete". Default is RollingUpdate.
         */
        "type"?: string;
      };
      /**
       * Deprecated. NonPrivileged is deprecated and will be removed from the API in a future release.
       * Enabling this field is not supported and will cause errors.
       * NonPrivileged configures Calico to be run in non-privileged containers as non-root users where possible.
       */
      "nonPrivileged"?: string;
      /**
       * Proxy is used to configure the HTTP(S) proxy settings that will be applied to Tigera containers that connect
       * to destinations outside the cluster. It is expected that NO_PROXY is configured such that destinations within
       * the cluster (including the API server) are exempt from proxying.
       */
      "proxy"?: {
        /**
         * HTTPProxy defines the value of the HTTP_PROXY environment variable that will be set on Tigera containers that connect to
         * destinations outside the cluster.
         */
        "httpProxy"?: string;
        /**
         * HTTPSProxy defines the value of the HTTPS_PROXY environment variable that will be set on Tigera containers that connect to
         * destinations outside the cluster.
         */
        "httpsProxy"?: string;
        /**
         * NoProxy defines the value of the NO_PROXY environment variable that will be set on Tigera containers that connect to
         * destinations outside the cluster. This value must be set such that destinations within the scope of the cluster, including
         * the Kubernetes API server, are exempt from being proxied.
         */
        "noProxy"?: string;
      };
      /**
       * Registry is the default Docker registry used for component Docker images.
       * If specified then the given value must end with a slash character (`/`) and all images will be pulled from this registry.
       * If not specified then the default registries will be used. A special case value, UseDefault, is
       * supported to explicitly specify the default registries will be used.
       * Image format:
       *    `<registry><imagePath>/<imagePrefix><imageName>:<image-tag>`
       * This option allows configuring the `<registry>` portion of the above format.
       */
      "registry"?: string;
      /**
       * Kubernetes Service CIDRs. Specifying this is required when using Calico for Windows.
       */
      "serviceCIDRs"?: Array<string>;
      /**
       * TLSCipherSuites defines the cipher suite list that the TLS protocol should use during secure communication.
       */
      "tlsCipherSuites"?: Array<{
        /**
         * This should be a valid TLS cipher suite name.
         */
        "name"?: "TLS_AES_256_GCM_SHA384" | "TLS_CHACHA20_POLY1305_SHA256" | "TLS_AES_128_GCM_SHA256" | "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384" | "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384" | "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256" | "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256" | "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256" | "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256" | "TLS_RSA_WITH_AES_256_GCM_SHA384" | "TLS_RSA_WITH_AES_128_GCM_SHA256" | "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA" | "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA" | "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA";
      }>;
      /**
       * Deprecated. Please use Installation.Spec.TyphaDeployment instead.
       * TyphaAffinity allows configuration of node affinity characteristics for Typha pods.
       */
      "typhaAffinity"?: {
        /**
         * NodeAffinity describes node affinity scheduling rules for typha.
         */
        "nodeAffinity"?: {
          /**
           * The scheduler will prefer to schedule pods to nodes that satisfy
           * the affinity expressions specified by this field, but it may choose
           * a node that violates one or more of the expressions.
           */
          "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
            /**
             * A node selector term, associated with the corresponding weight.
             */
            "preference": {
              /**
               * A list of node selector requirements by node's labels.
               */
              "matchExpressions"?: Array<{
                /**
                 * The label key that the selector applies to.
                 */
                "key": string;
                /**
                 * Represents a key's relationship to a set of values.
                 * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                 */
                "operator": string;
                /**
                 * An array of string values. If the operator is In or NotIn,
                 * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                 * the values array must be empty. If the operator is Gt or Lt, the values
                 * array must have a single element, which will be interpreted as an integer.
                 * This array is replaced during a strategic merge patch.
                 */
                "values"?: Array<string>;
              }>;
              /**
               * A list of node selector requirements by node's fields.
               */
              "matchFields"?: Array<{
                /**
                 * The label key that the selector applies to.
                 */
                "key": string;
                /**
                 * Represents a key's relationship to a set of values.
                 * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                 */
                "operator": string;
                /**
                 * An array of string values. If the operator is In or NotIn,
                 * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                 * the values array must be empty. If the operator is Gt or Lt, the values
                 * array must have a single element, which will be interpreted as an integer.
                 * This array is replaced during a strategic merge patch.
                 */
                "values"?: Array<string>;
              }>;
            };
            /**
             * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
             */
            "weight": number;
          }>;
          /**
           * WARNING: Please note that if the affinity requirements specified by this field are not met at
           * scheduling time, the pod will NOT be scheduled onto the node.
           * There is no fallback to another affinity rules with this setting.
           * This may cause networking disruption or even catastrophic failure!
           * PreferredDuringSchedulingIgnoredDuringExecution should be used for affinity
           * unless there is a specific well understood reason to use RequiredDuringSchedulingIgnoredDuringExecution and
           * you can guarantee that the RequiredDuringSchedulingIgnoredDuringExecution will always have sufficient nodes to satisfy the requirement.
           * NOTE: RequiredDuringSchedulingIgnoredDuringExecution is set by default for AKS nodes,
           * to avoid scheduling Typhas on virtual-nodes.
           * If the affinity requirements specified by this field cease to be met
           * at some point during pod execution (e.g. due to an update), the system
           * may or may not try to eventually evict the pod from its node.
           */
          "requiredDuringSchedulingIgnoredDuringExecution"?: {
            /**
             * Required. A list of node selector terms. The terms are ORed.
             */
            "nodeSelectorTerms": Array<{
              /**
               * A list of node selector requirements by node's labels.
               */
              "matchExpressions"?: Array<{
                /**
                 * The label key that the selector applies to.
                 */
                "key": string;
                /**
                 * Represents a key's relationship to a set of values.
                 * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                 */
                "operator": string;
                /**
                 * An array of string values. If the operator is In or NotIn,
                 * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                 * the values array must be empty. If the operator is Gt or Lt, the values
                 * array must have a single element, which will be interpreted as an integer.
                 * This array is replaced during a strategic merge patch.
                 */
                "values"?: Array<string>;
              }>;
              /**
               * A list of node selector requirements by node's fields.
               */
              "matchFields"?: Array<{
                /**
                 * The label key that the selector applies to.
                 */
                "key": string;
                /**
                 * Represents a key's relationship to a set of values.
                 * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                 */
                "operator": string;
                /**
                 * An array of string values. If the operator is In or NotIn,
                 * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                 * the values array must be empty. If the operator is Gt or Lt, the values
                 * array must have a single element, which will be interpreted as an integer.
                 * This array is replaced during a strategic merge patch.
                 */
                "values"?: Array<string>;
              }>;
            }>;
          };
        };
      };
      /**
       * TyphaDeployment configures the typha Deployment. If used in conjunction with the deprecated
       * ComponentResources or TyphaAffinity, then these overrides take precedence.
       */
      "typhaDeployment"?: {
        /**
         * Metadata is a subset of a Kubernetes object's metadata that is added to the Deployment.
         */
        "metadata"?: {
          /**
           * Annotations is a map of arbitrary non-identifying metadata. Each of these
           * key/value pairs are added to the object's annotations provided the key does not
           * already exist in the object's annotations.
           */
          "annotations"?: {
            [key: string]: string;
          };
          /**
           * Labels is a map of string keys and values that may match replicaset and
           * service selectors. Each of these key/value pairs are added to the
           * object's labels provided the key does not already exist in the object's labels.
           */
          "labels"?: {
            [key: string]: string;
          };
        };
        /**
         * Spec is the specification of the typha Deployment.
         */
        "spec"?: {
          /**
           * MinReadySeconds is the minimum number of seconds for which a newly created Deployment pod should
           * be ready without any of its container crashing, for it to be considered available.
           * If specified, this overrides any minReadySeconds value that may be set on the typha Deployment.
           * If omitted, the typha Deployment will use its default value for minReadySeconds.
           */
          "minReadySeconds"?: number;
          /**
           * The deployment strategy to use to replace existing pods with new ones.
           */
          "strategy"?: {
            /**
             * Rolling update config params. Present only if DeploymentStrategyType =
             * RollingUpdate.
             * to be.
             */
            "rollingUpdate"?: {
              /**
               * The maximum number of pods that can be scheduled above the desired number of
               * pods.
               * Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%).
               * This can not be 0 if MaxUnavailable is 0.
               * Absolute number is calculated from percentage by rounding up.
               * Defaults to 25%.
               * Example: when this is set to 30%, the new ReplicaSet can be scaled up immediately when
               * the rolling update starts, such that the total number of old and new pods do not exceed
               * 130% of desired pods. Once old pods have been killed,
               * new ReplicaSet can be scaled up further, ensuring that total number of pods running
               * at any time during the update is at most 130% of desired pods.
               */
              "maxSurge"?: number | string;
              /**
               * The maximum number of pods that can be unavailable during the update.
               * Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%).
               * Absolute number is calculated from percentage by rounding down.
               * This can not be 0 if MaxSurge is 0.
               * Defaults to 25%.
               * Example: when this is set to 30%, the old ReplicaSet can be scaled down to 70% of desired pods
               * immediately when the rolling update starts. Once new pods are ready, old ReplicaSet
               * can be scaled down further, followed by scaling up the new ReplicaSet, ensuring
               * that the total number of pods available at all times during the update is at
               * least 70% of desired pods.
               */
              "maxUnavailable"?: number | string;
            };
          };
          /**
           * Template describes the typha Deployment pod that will be created.
           */
          "template"?: {
            /**
             * Metadata is a subset of a Kubernetes object's metadata that is added to
             * the pod's metadata.
             */
            "metadata"?: {
              /**
               * Annotations is a map of arbitrary non-identifying metadata. Each of these
               * key/value pairs are added to the object's annotations provided the key does not
               * already exist in the object's annotations.
               */
              "annotations"?: {
                [key: string]: string;
              };
              /**
               * Labels is a map of string keys and values that may match replicaset and
               * service selectors. Each of these key/value pairs are added to the
               * object's labels provided the key does not already exist in the object's labels.
               */
              "labels"?: {
                [key: string]: string;
              };
            };
            /**
             * Spec is the typha Deployment's PodSpec.
             */
            "spec"?: {
              /**
               * Affinity is a group of affinity scheduling rules for the typha pods.
               * If specified, this overrides any affinity that may be set on the typha Deployment.
               * If omitted, the typha Deployment will use its default value for affinity.
               * If used in conjunction with the deprecated TyphaAffinity, then this value takes precedence.
               * WARNING: Please note that this field will override the default calico-typha Deployment affinity.
               */
              "affinity"?: {
                /**
                 * Describes node affinity scheduling rules for the pod.
                 */
                "nodeAffinity"?: {
                  /**
                   * The scheduler will prefer to schedule pods to nodes that satisfy
                   * the affinity expressions specified by this field, but it may choose
                   * a node that violates one or more of the expressions. The node that is
                   * most preferred is the one with the greatest sum of weights, i.e.
                   * for each node that meets all of the scheduling requirements (resource
                   * request, requiredDuringScheduling affinity expressions, etc.),
                   * compute a sum by iterating through the elements of this field and adding
                   * "weight" to the sum if the node matches the corresponding matchExpressions; the
                   * node(s) with the highest sum are the most preferred.
                   */
                  "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                    /**
                     * A node selector term, associated with the corresponding weight.
                     */
                    "preference": {
                      /**
                       * A list of node selector requirements by node's labels.
                       */
                      "matchExpressions"?: Array<{
                        /**
                         * The label key that the selector applies to.
                         */
                        "key": string;
                        /**
                         * Represents a key's relationship to a set of values.
                         * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                         */
                        "operator": string;
                        /**
                         * An array of string values. If the operator is In or NotIn,
                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                         * the values array must be empty. If the operator is Gt or Lt, the values
                         * array must have a single element, which will be interpreted as an integer.
                         * This array is replaced during a strategic merge patch.
                         */
                        "values"?: Array<string>;
                      }>;
                      /**
                       * A list of node selector requirements by node's fields.
                       */
                      "matchFields"?: Array<{
                        /**
                         * The label key that the selector applies to.
                         */
                        "key": string;
                        /**
                         * Represents a key's relationship to a set of values.
                         * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                         */
                        "operator": string;
                        /**
                         * An array of string values. If the operator is In or NotIn,
                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                         * the values array must be empty. If the operator is Gt or Lt, the values
                         * array must have a single element, which will be interpreted as an integer.
                         * This array is replaced during a strategic merge patch.
                         */
                        "values"?: Array<string>;
                      }>;
                    };
                    /**
                     * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
                     */
                    "weight": number;
                  }>;
                  /**
                   * If the affinity requirements specified by this field are not met at
                   * scheduling time, the pod will not be scheduled onto the node.
                   * If the affinity requirements specified by this field cease to be met
                   * at some point during pod execution (e.g. due to an update), the system
                   * may or may not try to eventually evict the pod from its node.
                   */
                  "requiredDuringSchedulingIgnoredDuringExecution"?: {
                    /**
                     * Required. A list of node selector terms. The terms are ORed.
                     */
                    "nodeSelectorTerms": Array<{
                      /**
                       * A list of node selector requirements by node's labels.
                       */
                      "matchExpressions"?: Array<{
                        /**
                         * The label key that the selector applies to.
                         */
                        "key": string;
                        /**
                         * Represents a key's relationship to a set of values.
                         * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                         */
                        "operator": string;
                        /**
                         * An array of string values. If the operator is In or NotIn,
                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                         * the values array must be empty. If the operator is Gt or Lt, the values
                         * array must have a single element, which will be interpreted as an integer.
                         * This array is replaced during a strategic merge patch.
                         */
                        "values"?: Array<string>;
                      }>;
                      /**
                       * A list of node selector requirements by node's fields.
                       */
                      "matchFields"?: Array<{
                        /**
                         * The label key that the selector applies to.
                         */
                        "key": string;
                        /**
                         * Represents a key's relationship to a set of values.
                         * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                         */
                        "operator": string;
                        /**
                         * An array of string values. If the operator is In or NotIn,
                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                         * the values array must be empty. If the operator is Gt or Lt, the values
                         * array must have a single element, which will be interpreted as an integer.
                         * This array is replaced during a strategic merge patch.
                         */
                        "values"?: Array<string>;
                      }>;
                    }>;
                  };
                };
                /**
                 * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
                 */
                "podAffinity"?: {
                  /**
                   * The scheduler will prefer to schedule pods to nodes that satisfy
                   * the affinity expressions specified by this field, but it may choose
                   * a node that violates one or more of the expressions. The node that is
                   * most preferred is the one with the greatest sum of weights, i.e.
                   * for each node that meets all of the scheduling requirements (resource
                   * request, requiredDuringScheduling affinity expressions, etc.),
                   * compute a sum by iterating through the elements of this field and adding
                   * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
                   * node(s) with the highest sum are the most preferred.
                   */
                  "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                    /**
                     * Required. A pod affinity term, associated with the corresponding weight.
                     */
                    "podAffinityTerm": {
                      /**
                       * A label query over a set of resources, in this case pods.
                       * If it's null, this PodAffinityTerm matches with no Pods.
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
                       * MatchLabelKeys is a set of pod label keys to select which pods will
                       * be taken into consideration. The keys are used to lookup values from the
                       * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                       * to select the group of existing pods which pods will be taken into consideration
                       * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                       * pod labels will be ignored. The default value is empty.
                       * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                       * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                       */
                      "matchLabelKeys"?: Array<string>;
                      /**
                       * MismatchLabelKeys is a set of pod label keys to select which pods will
                       * be taken into consideration. The keys are used to lookup values from the
                       * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                       * to select the group of existing pods which pods will be taken into consideration
                       * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                       * pod labels will be ignored. The default value is empty.
                       * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                       * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                       */
                      "mismatchLabelKeys"?: Array<string>;
                      /**
                       * A label query over the set of namespaces that the term applies to.
                       * The term is applied to the union of the namespaces selected by this field
                       * and the ones listed in the namespaces field.
                       * null selector and null or empty namespaces list means "this pod's namespace".
                       * An empty selector ({}) matches all namespaces.
                       */
                      "namespaceSelector"?: {
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
                       * namespaces specifies a static list of namespace names that the term applies to.
                       * The term is applied to the union of the namespaces listed in this field
                       * and the ones selected by namespaceSelector.
                       * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                       */
                      "namespaces"?: Array<string>;
                      /**
                       * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                       * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                       * whose value of the label with key topologyKey matches that of any node on which any of the
                       * selected pods is running.
                       * Empty topologyKey is not allowed.
                       */
                      "topologyKey": string;
                    };
                    /**
                     * weight associated with matching the corresponding podAffinityTerm,
                     * in the range 1-100.
                     */
                    "weight": number;
                  }>;
                  /**
                   * If the affinity requirements specified by this field are not met at
                   * scheduling time, the pod will not be scheduled onto the node.
                   * If the affinity requirements specified by this field cease to be met
                   * at some point during pod execution (e.g. due to a pod label update), the
                   * system may or may not try to eventually evict the pod from its node.
                   * When there are multiple elements, the lists of nodes corresponding to each
                   * podAffinityTerm are intersected, i.e. all terms must be satisfied.
                   */
                  "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                    /**
                     * A label query over a set of resources, in this case pods.
                     * If it's null, this PodAffinityTerm matches with no Pods.
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
                     * MatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "matchLabelKeys"?: Array<string>;
                    /**
                     * MismatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "mismatchLabelKeys"?: Array<string>;
                    /**
                     * A label query over the set of namespaces that the term applies to.
                     * The term is applied to the union of the namespaces selected by this field
                     * and the ones listed in the namespaces field.
                     * null selector and null or empty namespaces list means "this pod's namespace".
                     * An empty selector ({}) matches all namespaces.
                     */
                    "namespaceSelector"?: {
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
                     * namespaces specifies a static list of namespace names that the term applies to.
                     * The term is applied to the union of the namespaces listed in this field
                     * and the ones selected by namespaceSelector.
                     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                     */
                    "namespaces"?: Array<string>;
                    /**
                     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                     * whose value of the label with key topologyKey matches that of any node on which any of the
                     * selected pods is running.
                     * Empty topologyKey is not allowed.
                     */
                    "topologyKey": string;
                  }>;
                };
                /**
                 * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
                 */
                "podAntiAffinity"?: {
                  /**
                   * The scheduler will prefer to schedule pods to nodes that satisfy
                   * the anti-affinity expressions specified by this field, but it may choose
                   * a node that violates one or more of the expressions. The node that is
                   * most preferred is the one with the greatest sum of weights, i.e.
                   * for each node that meets all of the scheduling requirements (resource
                   * request, requiredDuringScheduling anti-affinity expressions, etc.),
                   * compute a sum by iterating through the elements of this field and adding
                   * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
                   * node(s) with the highest sum are the most preferred.
                   */
                  "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                    /**
                     * Required. A pod affinity term, associated with the corresponding weight.
                     */
                    "podAffinityTerm": {
                      /**
                       * A label query over a set of resources, in this case pods.
                       * If it's null, this PodAffinityTerm matches with no Pods.
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
                       * MatchLabelKeys is a set of pod label keys to select which pods will
                       * be taken into consideration. The keys are used to lookup values from the
                       * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                       * to select the group of existing pods which pods will be taken into consideration
                       * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                       * pod labels will be ignored. The default value is empty.
                       * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                       * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                       */
                      "matchLabelKeys"?: Array<string>;
                      /**
                       * MismatchLabelKeys is a set of pod label keys to select which pods will
                       * be taken into consideration. The keys are used to lookup values from the
                       * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                       * to select the group of existing pods which pods will be taken into consideration
                       * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                       * pod labels will be ignored. The default value is empty.
                       * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                       * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                       */
                      "mismatchLabelKeys"?: Array<string>;
                      /**
                       * A label query over the set of namespaces that the term applies to.
                       * The term is applied to the union of the namespaces selected by this field
                       * and the ones listed in the namespaces field.
                       * null selector and null or empty namespaces list means "this pod's namespace".
                       * An empty selector ({}) matches all namespaces.
                       */
                      "namespaceSelector"?: {
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
                       * namespaces specifies a static list of namespace names that the term applies to.
                       * The term is applied to the union of the namespaces listed in this field
                       * and the ones selected by namespaceSelector.
                       * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                       */
                      "namespaces"?: Array<string>;
                      /**
                       * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                       * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                       * whose value of the label with key topologyKey matches that of any node on which any of the
                       * selected pods is running.
                       * Empty topologyKey is not allowed.
                       */
                      "topologyKey": string;
                    };
                    /**
                     * weight associated with matching the corresponding podAffinityTerm,
                     * in the range 1-100.
                     */
                    "weight": number;
                  }>;
                  /**
                   * If the anti-affinity requirements specified by this field are not met at
                   * scheduling time, the pod will not be scheduled onto the node.
                   * If the anti-affinity requirements specified by this field cease to be met
                   * at some point during pod execution (e.g. due to a pod label update), the
                   * system may or may not try to eventually evict the pod from its node.
                   * When there are multiple elements, the lists of nodes corresponding to each
                   * podAffinityTerm are intersected, i.e. all terms must be satisfied.
                   */
                  "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                    /**
                     * A label query over a set of resources, in this case pods.
                     * If it's null, this PodAffinityTerm matches with no Pods.
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
                     * MatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "matchLabelKeys"?: Array<string>;
                    /**
                     * MismatchLabelKeys is a set of pod label keys to select which pods will
                     * be taken into consideration. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                     * to select the group of existing pods which pods will be taken into consideration
                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                     * pod labels will be ignored. The default value is empty.
                     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                     */
                    "mismatchLabelKeys"?: Array<string>;
                    /**
                     * A label query over the set of namespaces that the term applies to.
                     * The term is applied to the union of the namespaces selected by this field
                     * and the ones listed in the namespaces field.
                     * null selector and null or empty namespaces list means "this pod's namespace".
                     * An empty selector ({}) matches all namespaces.
                     */
                    "namespaceSelector"?: {
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
                     * namespaces specifies a static list of namespace names that the term applies to.
                     * The term is applied to the union of the namespaces listed in this field
                     * and the ones selected by namespaceSelector.
                     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                     */
                    "namespaces"?: Array<string>;
                    /**
                     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                     * whose value of the label with key topologyKey matches that of any node on which any of the
                     * selected pods is running.
                     * Empty topologyKey is not allowed.
                     */
                    "topologyKey": string;
                  }>;
                };
              };
              /**
               * Containers is a list of typha containers.
               * If specified, this overrides the specified typha Deployment containers.
               * If omitted, the typha Deployment will use its default values for its containers.
               */
              "containers"?: Array<{
                /**
                 * Name is an enum which identifies the typha Deployment container by name.
                 * Supported values are: calico-typha
                 */
                "name": "calico-typha";
                /**
                 * Resources allows customization of limits and requests for compute resources such as cpu and memory.
                 * If specified, this overrides the named typha Deployment container's resources.
                 * If omitted, the typha Deployment will use its default value for this container's resources.
                 * If used in conjunction with the deprecated ComponentResources, then this value takes precedence.
                 */
                "resources"?: {
                  /**
                   * Claims lists the names of resources, defined in spec.resourceClaims,
                   * that are used by this container.
                   * This is an alpha field and requires enabling the
                   * DynamicResourceAllocation feature gate.
                   * This field is immutable. It can only be set for containers.
                   */
                  "claims"?: Array<{
                    /**
                     * Name must match the name of one entry in pod.spec.resourceClaims of
                     * the Pod where this field is used. It makes that resource available
                     * inside a container.
                     */
                    "name": string;
                    /**
                     * Request is the name chosen for a request in the referenced claim.
                     * If empty, everything from the claim is made available, otherwise
                     * only the result of this request.
                     */
                    "request"?: string;
                  }>;
                  /**
                   * Limits describes the maximum amount of compute resources allowed.
                   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                   */
                  "limits"?: {
                    [key: string]: number | string;
                  };
                  /**
                   * Requests describes the minimum amount of compute resources required.
                   * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                   * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                   */
                  "requests"?: {
                    [key: string]: number | string;
                  };
                };
              }>;
              /**
               * InitContainers is a list of typha init containers.
               * If specified, this overrides the specified typha Deployment init containers.
               * If omitted, the typha Deployment will use its default values for its init containers.
               */
              "initContainers"?: Array<{
                /**
                 * Name is an enum which identifies the typha Deployment init container by name.
                 * Supported values are: typha-certs-key-cert-provisioner
                 */
                "name": "typha-certs-key-cert-provisioner";
                /**
                 * Resources allows customization of limits and requests for compute resources such as cpu and memory.
                 * If specified, this overrides the named typha Deployment init container's resources.
                 * If omitted, the typha Deployment will use its default value for this init container's resources.
                 * If used in conjunction with the deprecated ComponentResources, then this value takes precedence.
                 */
                "resources"?: {
                  /**
                   * Claims lists the names of resources, defined in spec.resourceClaims,
                   * that are used by this container.
                   * This is an alpha field and requires enabling the
                   * DynamicResourceAllocation feature gate.
                   * This field is immutable. It can only be set for containers.
                   */
                  "claims"?: Array<{
                    /**
                     * Name must match the name of one entry in pod.spec.resourceClaims of
                     * the Pod where this field is used. It makes that resource available
                     * inside a container.
                     */
                    "name": string;
                    /**
                     * Request is the name chosen for a request in the referenced claim.
                     * If empty, everything from the claim is made available, otherwise
                     * only the result of this request.
                     */
                    "request"?: string;
                  }>;
                  /**
                   * Limits describes the maximum amount of compute resources allowed.
                   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                   */
                  "limits"?: {
                    [key: string]: number | string;
                  };
                  /**
                   * Requests describes the minimum amount of compute resources required.
                   * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                   * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                   */
                  "requests"?: {
                    [key: string]: number | string;
                  };
                };
              }>;
              /**
               * NodeSelector is the calico-typha pod's scheduling constraints.
               * If specified, each of the key/value pairs are added to the calico-typha Deployment nodeSelector provided
               * the key does not already exist in the object's nodeSelector.
               * If omitted, the calico-typha Deployment will use its default value for nodeSelector.
               * WARNING: Please note that this field will modify the default calico-typha Deployment nodeSelector.
               */
              "nodeSelector"?: {
                [key: string]: string;
              };
              /**
               * Optional duration in seconds the pod needs to terminate gracefully. May be decreased in delete request.
               * Value must be non-negative integer. The value zero indicates stop immediately via
               * the kill signal (no opportunity to shut down).
               * If this value is nil, the default grace period will be used instead.
               * The grace period is the duration in seconds after the processes running in the pod are sent
               * a termination signal and the time when the processes are forcibly halted with a kill signal.
               * Set this value longer than the expected cleanup time for your process.
               * Defaults to 30 seconds.
               */
              "terminationGracePeriodSeconds"?: number;
              /**
               * Tolerations is the typha pod's tolerations.
               * If specified, this overrides any tolerations that may be set on the typha Deployment.
               * If omitted, the typha Deployment will use its default value for tolerations.
               * WARNING: Please note that this field will override the default calico-typha Deployment tolerations.
               */
              "tolerations"?: Array<{
                /**
                 * Effect indicates the taint effect to match. Empty means match all taint effects.
                 * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
                 */
                "effect"?: string;
                /**
                 * Key is the taint key that the toleration applies to. Empty means match all taint keys.
                 * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
                 */
                "key"?: string;
                /**
                 * Operator represents a key's relationship to the value.
                 * Valid operators are Exists and Equal. Defaults to Equal.
                 * Exists is equivalent to wildcard for value, so that a pod can
                 * tolerate all taints of a particular category.
                 */
                "operator"?: string;
                /**
                 * TolerationSeconds represents the period of time the toleration (which must be
                 * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
                 * it is not set, which means tolerate the taint forever (do not evict). Zero and
                 * negative values will be treated as 0 (evict immediately) by the system.
                 */
                "tolerationSeconds"?: number;
                /**
                 * Value is the taint value the toleration matches to.
                 * If the operator is Exists, the value should be empty, otherwise just a regular string.
                 */
                "value"?: string;
              }>;
              /**
               * TopologySpreadConstraints describes how a group of pods ought to spread across topology
               * domains. Scheduler will schedule pods in a way which abides by the constraints.
               * All topologySpreadConstraints are ANDed.
               */
              "topologySpreadConstraints"?: Array<{
                /**
                 * LabelSelector is used to find matching pods.
                 * Pods that match this label selector are counted to determine the number of pods
                 * in their corresponding topology domain.
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
                 * MatchLabelKeys is a set of pod label keys to select the pods over which
                 * spreading will be calculated. The keys are used to lookup values from the
                 * incoming pod labels, those key-value labels are ANDed with labelSelector
                 * to select the group of existing pods over which spreading will be calculated
                 * for the incoming pod. The same key is forbidden to exist in both MatchLabelKeys and LabelSelector.
                 * MatchLabelKeys cannot be set when LabelSelector isn't set.
                 * Keys that don't exist in the incoming pod labels will
                 * be ignored. A null or empty list means only match against labelSelector.
                 * This is a beta field and requires the MatchLabelKeysInPodTopologySpread feature gate to be enabled (enabled by default).
                 */
                "matchLabelKeys"?: Array<string>;
                /**
                 * MaxSkew describes the degree to which pods may be unevenly distributed.
                 * When `whenUnsatisfiable=DoNotSchedule`, it is the maximum permitted difference
                 * between the number of matching pods in the target topology and the global minimum.
                 * The global minimum is the minimum number of matching pods in an eligible domain
                 * or zero if the number of eligible domains is less than MinDomains.
                 * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
                 * labelSelector spread as 2/2/1:
                 * In this case, the global minimum is 1.
                 * | zone1 | zone2 | zone3 |
                 * |  P P  |  P P  |   P   |
                 * - if MaxSkew is 1, incoming pod can only be scheduled to zone3 to become 2/2/2;
                 * scheduling it onto zone1(zone2) would make the ActualSkew(3-1) on zone1(zone2)
                 * violate MaxSkew(1).
                 * - if MaxSkew is 2, incoming pod can be scheduled onto any zone.
                 * When `whenUnsatisfiable=ScheduleAnyway`, it is used to give higher precedence
                 * to topologies that satisfy it.
                 * It's a required field. Default value is 1 and 0 is not allowed.
                 */
                "maxSkew": number;
                /**
                 * MinDomains indicates a minimum number of eligible domains.
                 * When the number of eligible domains with matching topology keys is less than minDomains,
                 * Pod Topology Spread treats "global minimum" as 0, and then the calculation of Skew is performed.
                 * And when the number of eligible domains with matching topology keys equals or greater than minDomains,
                 * this value has no effect on scheduling.
                 * As a result, when the number of eligible domains is less than minDomains,
                 * scheduler won't schedule more than maxSkew Pods to those domains.
                 * If value is nil, the constraint behaves as if MinDomains is equal to 1.
                 * Valid values are integers greater than 0.
                 * When value is not nil, WhenUnsatisfiable must be DoNotSchedule.
                 * For example, in a 3-zone cluster, MaxSkew is set to 2, MinDomains is set to 5 and pods with the same
                 * labelSelector spread as 2/2/2:
                 * | zone1 | zone2 | zone3 |
                 * |  P P  |  P P  |  P P  |
                 * The number of domains is less than 5(MinDomains), so "global minimum" is treated as 0.
                 * In this situation, new pod with the same labelSelector cannot be scheduled,
                 * because computed skew will be 3(3 - 0) if new Pod is scheduled to any of the three zones,
                 * it will violate MaxSkew.
                 */
                "minDomains"?: number;
                /**
                 * NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector
                 * when calculating pod topology spread skew. Options are:
                 * - Honor: only nodes matching nodeAffinity/nodeSelector are included in the calculations.
                 * - Ignore: nodeAffinity/nodeSelector are ignored. All nodes are included in the calculations.
                 * If this value is nil, the behavior is equivalent to the Honor policy.
                 */
                "nodeAffinityPolicy"?: string;
                /**
                 * NodeTaintsPolicy indicates how we will treat node taints when calculating
                 * pod topology spread skew. Options are:
                 * - Honor: nodes without taints, along with tainted nodes for which the incoming pod
                 * has a toleration, are included.
                 * - Ignore: node taints are ignored. All nodes are included.
                 * If this value is nil, the behavior is equivalent to the Ignore policy.
                 */
                "nodeTaintsPolicy"?: string;
                /**
                 * TopologyKey is the key of node labels. Nodes that have a label with this key
                 * and identical values are considered to be in the same topology.
                 * We consider each <key, value> as a "bucket", and try to put balanced number
                 * of pods into each bucket.
                 * We define a domain as a particular instance of a topology.
                 * Also, we define an eligible domain as a domain whose nodes meet the requirements of
                 * nodeAffinityPolicy and nodeTaintsPolicy.
                 * e.g. If TopologyKey is "kubernetes.io/hostname", each Node is a domain of that topology.
                 * And, if TopologyKey is "topology.kubernetes.io/zone", each zone is a domain of that topology.
                 * It's a required field.
                 */
                "topologyKey": string;
                /**
                 * WhenUnsatisfiable indicates how to deal with a pod if it doesn't satisfy
                 * the spread constraint.
                 * - DoNotSchedule (default) tells the scheduler not to schedule it.
                 * - ScheduleAnyway tells the scheduler to schedule the pod in any location,
                 *   but giving higher precedence to topologies that would help reduce the
                 *   skew.
                 * A constraint is considered "Unsatisfiable" for an incoming pod
                 * if and only if every possible node assignment for that pod would violate
                 * "MaxSkew" on some topology.
                 * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
                 * labelSelector spread as 3/1/1:
                 * | zone1 | zone2 | zone3 |
                 * | P P P |   P   |   P   |
                 * If WhenUnsatisfiable is set to DoNotSchedule, incoming pod can only be scheduled
                 * to zone2(zone3) to become 3/2/1(3/1/2) as ActualSkew(2-1) on zone2(zone3) satisfies
                 * MaxSkew(1). In other words, the cluster can still be imbalanced, but scheduler
                 * won't make it \*more\* imbalanced.
                 * It's a required field.
                 */
                "whenUnsatisfiable": string;
              }>;
            };
          };
        };
      };
      /**
       * TyphaMetricsPort specifies which port calico/typha serves prometheus metrics on. By default, metrics are not enabled.
       */
      "typhaMetricsPort"?: number;
      /**
       * Variant is the product to install - one of Calico or TigeraSecureEnterprise
       * Default: Calico
       */
      "variant"?: "Calico" | "TigeraSecureEnterprise";
      /**
       * Windows Configuration
       */
      "windowsNodes"?: {
        /**
         * CNIBinDir is the path to the CNI binaries directory on Windows, it must match what is used as 'bin_dir' under
         * [plugins]
         *   [plugins."io.containerd.grpc.v1.cri"]
         *     [plugins."io.containerd.grpc.v1.cri".cni]
         * on the containerd 'config.toml' file on the Windows nodes.
         */
        "cniBinDir"?: string;
        /**
         * CNIConfigDir is the path to the CNI configuration directory on Windows, it must match what is used as 'conf_dir' under
         * [plugins]
         *   [plugins."io.containerd.grpc.v1.cri"]
         *     [plugins."io.containerd.grpc.v1.cri".cni]
         * on the containerd 'config.toml' file on the Windows nodes.
         */
        "cniConfigDir"?: string;
        /**
         * CNILogDir is the path to the Calico CNI logs directory on Windows.
         */
        "cniLogDir"?: string;
        /**
         * VXLANAdapter is the Network Adapter used for VXLAN, leave blank for primary NIC
         */
        "vxlanAdapter"?: string;
        /**
         * VXLANMACPrefix is the prefix used when generating MAC addresses for virtual NICs
         */
        "vxlanMACPrefix"?: string;
      };
    };
    /**
     * Conditions represents the latest observed set of conditions for the component. A component may be one or more of
     * Ready, Progressing, Degraded or other customer types.
     */
    "conditions"?: Array<{
      /**
       * lastTransitionTime is the last time the condition transitioned from one status to another.
       * This should be when the underlying condition changed.  If that is not known, then using the time when the API field changed is acceptable.
       */
      "lastTransitionTime": string;
      /**
       * message is a human readable message indicating details about the transition.
       * This may be an empty string.
       */
      "message": string;
      /**
       * observedGeneration represents the .metadata.generation that the condition was set based upon.
       * For instance, if .metadata.generation is currently 12, but the .status.conditions[x].observedGeneration is 9, the condition is out of date
       * with respect to the current state of the instance.
       */
      "observedGeneration"?: number;
      /**
       * reason contains a programmatic identifier indicating the reason for the condition's last transition.
       * Producers of specific condition types may define expected values and meanings for this field,
       * and whether the values are considered a guaranteed API.
       * The value should be a CamelCase string.
       * This field may not be empty.
       */
      "reason": string;
      /**
       * status of the condition, one of True, False, Unknown.
       */
      "status": "True" | "False" | "Unknown";
      /**
       * type of condition in CamelCase or in foo.example.com/CamelCase.
       */
      "type": string;
    }>;
    /**
     * ImageSet is the name of the ImageSet being used, if there is an ImageSet
     * that is being used. If an ImageSet is not being used then this will not be set.
     */
    "imageSet"?: string;
    /**
     * MTU is the most recently observed value for pod network MTU. This may be an explicitly
     * configured value, or based on Calico's native auto-detetion.
     */
    "mtu"?: number;
    /**
     * Variant is the most recently observed installed variant - one of Calico or TigeraSecureEnterprise
     */
    "variant"?: "Calico" | "TigeraSecureEnterprise";
  };
}

/**
 * Installation configures an installation of Calico or Calico Enterprise. At most one instance
 * of this resource is supported. It must be named "default". The Installation API installs core networking
 * and network policy components, and provides general install-time configuration.
 */
export class Installation extends Model<IInstallation> implements IInstallation {
  "apiVersion": IInstallation["apiVersion"];
  "kind": IInstallation["kind"];
  "metadata"?: IInstallation["metadata"];
  "spec"?: IInstallation["spec"];
  "status"?: IInstallation["status"];

static apiVersion: IInstallation["apiVersion"] = "operator.tigera.io/v1";
static kind: IInstallation["kind"] = "Installation";
static is = createTypeMetaGuard<IInstallation>(Installation);

constructor(data?: ModelData<IInstallation>) {
  super();

  this.setDefinedProps({
    apiVersion: Installation.apiVersion,
    kind: Installation.kind,
    ...data
  } as IInstallation);
}
}


setValidateFunc(Installation, validate as ValidateFunc<IInstallation>);
