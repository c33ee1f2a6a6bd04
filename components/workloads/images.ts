/**
 * Where a cluster pulls the payment services' images from: config names each image in the
 * registry CI pushes to; an ECR image is replicated (by the environment stack) into every
 * cluster's region and pulled there from its own region's copy, so a cluster keeps scaling and
 * replacing pods when the source region is gone. Pure.
 */

import { ecrHost } from "../images/mirrors";

/** `<account>.dkr.ecr.<region>.amazonaws.com/<repository>[:tag|@digest]`. */
const ECR_IMAGE = /^(\d{12})\.dkr\.ecr\.([a-z]{2}(?:-gov)?-[a-z]+-\d)\.amazonaws\.com\/([^:@]+)([:@].+)$/;

export interface EcrImage {
    readonly account: string;
    readonly region: string;
    readonly repository: string;
    /** `:tag` or `@sha256:...`. */
    readonly reference: string;
}

export function parseEcrImage(image: string): EcrImage | undefined {
    const match = ECR_IMAGE.exec(image);
    return match ? { account: match[1], region: match[2], repository: match[3], reference: match[4] } : undefined;
}

/** The image as a cluster in `region` pulls it: an ECR image from that region's replica, any other unchanged. */
export function regionalImage(image: string, region: string): string {
    const ecr = parseEcrImage(image);
    return ecr ? `${ecrHost(ecr.account, region)}/${ecr.repository}${ecr.reference}` : image;
}

/** One ECR registry's replication: its repositories, copied into every cluster region but its own. */
export interface ImageReplication {
    readonly account: string;
    readonly sourceRegion: string;
    readonly repositories: readonly string[];
    readonly destinations: readonly string[];
}

/** The replication the images need, per source registry (account and region), derived from the images and the cluster regions. */
export function imageReplications(images: readonly string[], clusterRegions: readonly string[]): ImageReplication[] {
    const registries = new Map<string, { account: string; sourceRegion: string; repositories: Set<string> }>();
    for (const ecr of images.map(parseEcrImage)) {
        if (!ecr) continue;
        const key = `${ecr.account}/${ecr.region}`;
        const registry = registries.get(key) ?? { account: ecr.account, sourceRegion: ecr.region, repositories: new Set<string>() };
        registry.repositories.add(ecr.repository);
        registries.set(key, registry);
    }
    return [...registries.values()]
        .map((registry) => ({
            account: registry.account,
            sourceRegion: registry.sourceRegion,
            repositories: [...registry.repositories].sort(),
            destinations: [...new Set(clusterRegions)].filter((region) => region !== registry.sourceRegion).sort(),
        }))
        .filter((replication) => replication.destinations.length > 0);
}
