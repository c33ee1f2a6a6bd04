import { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { Model, ModelData, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { ValidateFunc } from "@kubernetes-models/validate";
import { validate } from "../../_schemas/CrdProjectcalicoOrgV1GlobalNetworkPolicy";

export interface IGlobalNetworkPolicy {
  "apiVersion": "crd.projectcalico.org/v1";
  "kind": "GlobalNetworkPolicy";
  "metadata"?: IObjectMeta;
  "spec"?: {
    "applyOnForward"?: boolean;
    "doNotTrack"?: boolean;
    "egress"?: Array<{
      "action": string;
      "destination"?: {
        "namespaceSelector"?: string;
        "nets"?: Array<string>;
        "notNets"?: Array<string>;
        "notPorts"?: Array<number | string>;
        "notSelector"?: string;
        "ports"?: Array<number | string>;
        "selector"?: string;
        "serviceAccounts"?: {
          "names"?: Array<string>;
          "selector"?: string;
        };
        "services"?: {
          "name"?: string;
          "namespace"?: string;
        };
      };
      "http"?: {
        "methods"?: Array<string>;
        "paths"?: Array<{
          "exact"?: string;
          "prefix"?: string;
        }>;
      };
      "icmp"?: {
        "code"?: number;
        "type"?: number;
      };
      "ipVersion"?: number;
      "metadata"?: {
        "annotations"?: {
          [key: string]: string;
        };
      };
      "notICMP"?: {
        "code"?: number;
        "type"?: number;
      };
      "notProtocol"?: number | string;
      "protocol"?: number | string;
      "source"?: {
        "namespaceSelector"?: string;
        "nets"?: Array<string>;
        "notNets"?: Array<string>;
        "notPorts"?: Array<number | string>;
        "notSelector"?: string;
        "ports"?: Array<number | string>;
        "selector"?: string;
        "serviceAccounts"?: {
          "names"?: Array<string>;
          "selector"?: string;
        };
        "services"?: {
          "name"?: string;
          "namespace"?: string;
        };
      };
    }>;
    "ingress"?: Array<{
      "action": string;
      "destination"?: {
        "namespaceSelector"?: string;
        "nets"?: Array<string>;
        "notNets"?: Array<string>;
        "notPorts"?: Array<number | string>;
        "notSelector"?: string;
        "ports"?: Array<number | string>;
        "selector"?: string;
        "serviceAccounts"?: {
          "names"?: Array<string>;
          "selector"?: string;
        };
        "services"?: {
          "name"?: string;
          "namespace"?: string;
        };
      };
      "http"?: {
        "methods"?: Array<string>;
        "paths"?: Array<{
          "exact"?: string;
          "prefix"?: string;
        }>;
      };
      "icmp"?: {
        "code"?: number;
        "type"?: number;
      };
      "ipVersion"?: number;
      "metadata"?: {
        "annotations"?: {
          [key: string]: string;
        };
      };
      "notICMP"?: {
        "code"?: number;
        "type"?: number;
      };
      "notProtocol"?: number | string;
      "protocol"?: number | string;
      "source"?: {
        "namespaceSelector"?: string;
        "nets"?: Array<string>;
        "notNets"?: Array<string>;
        "notPorts"?: Array<number | string>;
        "notSelector"?: string;
        "ports"?: Array<number | string>;
        "selector"?: string;
        "serviceAccounts"?: {
          "names"?: Array<string>;
          "selector"?: string;
        };
        "services"?: {
          "name"?: string;
          "namespace"?: string;
        };
      };
    }>;
    "namespaceSelector"?: string;
    "order"?: number;
    "performanceHints"?: Array<string>;
    "preDNAT"?: boolean;
    "selector"?: string;
    "serviceAccountSelector"?: string;
    "tier"?: string;
    "types"?: Array<string>;
  };
}

export class GlobalNetworkPolicy extends Model<IGlobalNetworkPolicy> implements IGlobalNetworkPolicy {
  "apiVersion": IGlobalNetworkPolicy["apiVersion"];
  "kind": IGlobalNetworkPolicy["kind"];
  "metadata"?: IGlobalNetworkPolicy["metadata"];
  "spec"?: IGlobalNetworkPolicy["spec"];

static apiVersion: IGlobalNetworkPolicy["apiVersion"] = "crd.projectcalico.org/v1";
static kind: IGlobalNetworkPolicy["kind"] = "GlobalNetworkPolicy";
static is = createTypeMetaGuard<IGlobalNetworkPolicy>(GlobalNetworkPolicy);

constructor(data?: ModelData<IGlobalNetworkPolicy>) {
  super();

  this.setDefinedProps({
    apiVersion: GlobalNetworkPolicy.apiVersion,
    kind: GlobalNetworkPolicy.kind,
    ...data
  } as IGlobalNetworkPolicy);
}
}


setValidateFunc(GlobalNetworkPolicy, validate as ValidateFunc<IGlobalNetworkPolicy>);
