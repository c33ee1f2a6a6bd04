export * from "./Schedule";
export * from "./BackupStorageLocation";
export * from "./VolumeSnapshotLocation";
export * from "./Restore";
export * from "./Backup";
