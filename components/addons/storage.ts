import * as k8s from "@pulumi/kubernetes";
import type { PlatformAddon } from "./addon";

export const GP3_STORAGE_CLASS = "gp3";

/** An encrypted gp3 StorageClass, the default for every volume (Prometheus among them). */
export const storageAddon: PlatformAddon = {
    name: "storage",
    component: "Storage",
    dependsOn: [],
    // A cluster-scoped StorageClass: no namespace, no chart.
    namespaces: [],
    platformNamespaces: true,
    charts: {},
    customResources: {},
    install(ctx) {
        const gp3 = new k8s.storage.v1.StorageClass(
            `${ctx.name}-gp3`,
            {
                metadata: { name: GP3_STORAGE_CLASS, annotations: { "storageclass.kubernetes.io/is-default-class": "true" } },
                provisioner: "ebs.csi.aws.com",
                parameters: { type: "gp3", encrypted: "true", "csi.storage.k8s.io/fstype": "ext4" },
                // Bind where the pod lands, so the volume's zone matches the pod's.
                volumeBindingMode: "WaitForFirstConsumer",
                allowVolumeExpansion: true,
                reclaimPolicy: "Delete",
            },
            { parent: ctx.parent, dependsOn: ctx.dependsOn },
        );
        return { ready: [gp3] };
    },
};
