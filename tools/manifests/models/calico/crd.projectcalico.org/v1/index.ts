export * from "./GlobalNetworkPolicy";
export * from "./NetworkPolicy";
