export * from "./Installation";
