import { clusterProgram } from "./program";

// Pulumi's Node.js host awaits an exported function and exports what it returns.
export = () => clusterProgram();
