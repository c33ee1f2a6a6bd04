export * as operatorTigeraIo from "./operator.tigera.io/index";
export * as crdProjectcalicoOrg from "./crd.projectcalico.org/index";
