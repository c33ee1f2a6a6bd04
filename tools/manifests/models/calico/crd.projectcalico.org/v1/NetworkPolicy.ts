import { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { Model, ModelData, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { ValidateFunc } from "@kubernetes-models/validate";
import { validate } from "../../_schemas/CrdProjectcalicoOrgV1NetworkPolicy";

export interface INetworkPolicy {
  "apiVersion": "crd.projectcalico.org/v1";
  "kind": "NetworkPolicy";
  "metadata"?: IObjectMeta;
  "spec"?: {
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
    "order"?: number;
    "performanceHints"?: Array<string>;
    "selector"?: string;
    "serviceAccountSelector"?: string;
    "tier"?: string;
    "types"?: Array<string>;
  };
}

export class NetworkPolicy extends Model<INetworkPolicy> implements INetworkPolicy {
  "apiVersion": INetworkPolicy["apiVersion"];
  "kind": INetworkPolicy["kind"];
  "metadata"?: INetworkPolicy["metadata"];
  "spec"?: INetworkPolicy["spec"];

static apiVersion: INetworkPolicy["apiVersion"] = "crd.projectcalico.org/v1";
static kind: INetworkPolicy["kind"] = "NetworkPolicy";
static is = createTypeMetaGuard<INetworkPolicy>(NetworkPolicy);

constructor(data?: ModelData<INetworkPolicy>) {
  super();

  this.setDefinedProps({
    apiVersion: NetworkPolicy.apiVersion,
    kind: NetworkPolicy.kind,
    ...data
  } as INetworkPolicy);
}
}


setValidateFunc(NetworkPolicy, validate as ValidateFunc<INetworkPolicy>);
