export * as veleroIo from "./velero.io/index";
