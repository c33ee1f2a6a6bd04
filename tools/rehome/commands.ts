/**
 * The commands that carry the state of an environment over to its re-homed topology, in order,
 * read from two sets of plans: the environment as it is (`current`) and as it will be once the
 * lost region's clusters leave and the survivor is primary (`rehomed`, tools/rehome/project.ts).
 * Nothing is declared by hand beside the plans: what moves, what is adopted and what is dropped
 * follows from each resource's URN, type and provider region. Pure.
 *
 * - A resource only the current plans have, in the lost region: dropped from the state (its
 *   region cannot be asked to delete it).
 * - A resource both have whose provider moves out of the lost region: a global one (IAM, Route 53,
 *   ARC) is the same object (its ID read from the state, dropped, imported through the new
 *   provider); a secret is its replica in the new region, promoted first; any other is dropped
 *   (the `up` makes it anew in its new region).
 * - A resource only the re-homed plans have, of a kind that already exists (the global database
 *   the lost primary's stack held, its master secret's promoted replica, the service's PostgreSQL
 *   user and database): imported. Anything else new is made by the `up`.
 * - The lost clusters' stacks: removed, their resources left to the lost region.
 */
import type { PlanResource } from "../offline-plan/plan-file";

type Resource = Pick<PlanResource, "urn" | "type" | "name" | "parent" | "provider" | "dependsOn" | "inputs">;

export interface StackPlans {
    stack: string;
    /** Where its `pulumi` commands run: `.` for the environment, `stacks/cluster` for a cluster. */
    workDir: string;
    current: readonly Resource[];
    rehomed: readonly Resource[];
}

export interface RehomeInput {
    environment: string;
    lostRegion: string;
    lostStacks: readonly { stack: string; workDir: string }[];
    survivor: { name: string; region: string };
    /** The re-homed environment's stacks in rollout order (the environment first). */
    stacks: readonly StackPlans[];
    /** The edit of the environment's stack file: its new `clusters` (YAML). */
    clustersYaml: string;
    /** Images whose registry was in the lost region, now the survivor's replica (where CI pushes from now on). */
    movedImages: readonly { path: string; from: string; to: string }[];
    /** The re-homed rollout, wave by wave. */
    waves: readonly (readonly string[])[];
}

/** Types whose object is not regional: moving its provider moves nothing but the state's record. */
const GLOBAL = /^aws:(iam|route53|route53recoverycontrol|arcregionswitch|organizations)\//;
const SECRET = "aws:secretsmanager/secret:Secret";
const SECRET_POLICY = "aws:secretsmanager/secretPolicy:SecretPolicy";

const regionsOf = (resources: readonly Resource[]) =>
    new Map(
        resources
            .filter((resource) => resource.type === "pulumi:providers:aws")
            .map((provider) => [provider.urn, String((provider.inputs as { region?: string } | undefined)?.region ?? "")]),
    );

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
const nameOf = (urn: string) => urn.slice(urn.lastIndexOf("::") + 2);

/** `--parent`/`--provider` as `pulumi import` takes them: `name=urn`. */
function importOptions(resource: Resource): string {
    return [
        // A resource of the stack itself takes no --parent (the stack is the default).
        resource.parent && !resource.parent.includes("::pulumi:pulumi:Stack::") ? `--parent ${quote(`${nameOf(resource.parent)}=${resource.parent}`)}` : "",
        resource.provider ? `--provider ${quote(`${nameOf(resource.provider)}=${resource.provider}`)}` : "",
    ]
        .filter(Boolean)
        .join(" ");
}

/** Resources in an order where each comes after what it depends on and its parent. */
function topological(resources: readonly Resource[]): Resource[] {
    const byUrn = new Map(resources.map((resource) => [resource.urn, resource]));
    const done = new Set<string>();
    const order: Resource[] = [];
    const visit = (resource: Resource, path: Set<string>) => {
        if (done.has(resource.urn) || path.has(resource.urn)) return;
        path.add(resource.urn);
        for (const before of [...resource.dependsOn, ...(resource.parent ? [resource.parent] : [])]) {
            const dependency = byUrn.get(before);
            if (dependency) visit(dependency, path);
        }
        done.add(resource.urn);
        order.push(resource);
    };
    for (const resource of resources) visit(resource, new Set());
    return order;
}

/** The secret's name as Secrets Manager knows it, from the plan's inputs. */
const secretName = (resource: Resource) => String((resource.inputs as { name?: string } | undefined)?.name ?? "");
/** A secret's name from its ARN: `arn:…:secret:<name>-<6 characters Secrets Manager adds>`. */
const secretNameOfArn = (arn: string) => arn.split(":secret:")[1]?.replace(/-[A-Za-z0-9]{6}$/, "") ?? "";
const replicaRegions = (resource: Resource) =>
    ((resource.inputs as { replicas?: Array<{ region?: string }> } | undefined)?.replicas ?? []).map((replica) => String(replica.region ?? ""));

/** How to adopt an object that exists but is in no state the re-homed stack has, or undefined if the `up` makes it. */
function adoption(resource: Resource, region: string): { id: string; before?: string } | undefined {
    const inputs = (resource.inputs ?? {}) as Record<string, unknown>;
    switch (resource.type) {
        case "aws:rds/globalCluster:GlobalCluster":
            return { id: quote(String(inputs.globalClusterIdentifier)) };
        case SECRET:
            return { id: `"$(aws secretsmanager describe-secret --region ${region} --secret-id ${quote(secretName(resource))} --query ARN --output text)"` };
        case "postgresql:index/role:Role":
        case "postgresql:index/database:Database":
            return { id: quote(String(inputs.name)) };
        default:
            return undefined;
    }
}

export function rehomeCommands(input: RehomeInput): string[] {
    const lines: string[] = [
        `# Re-home ${input.environment} on ${input.survivor.name} (${input.survivor.region}): ${input.lostRegion} is left for good.`,
        `# 1. In Pulumi.${input.environment}.yaml, set payments-platform:clusters to:`,
        ...input.clustersYaml
            .trimEnd()
            .split("\n")
            .map((line) => `#      ${line}`),
        ...input.movedImages.map((image) => `#    set ${image.path} to ${image.to} (its replica; push there from now on)`),
        `#    and remove ${input.lostStacks.map((lost) => `${lost.workDir}/Pulumi.${lost.stack}.yaml`).join(", ")}; then npm run workflows (the workflows and the policy configs follow).`,
    ];
    const promotions: string[] = [];
    const perStack: string[] = [];
    for (const stack of input.stacks) {
        const s = `-s ${stack.stack}`;
        const run = (command: string) => (stack.workDir === "." ? command : `(cd ${stack.workDir} && ${command})`);
        const currentRegions = regionsOf(stack.current);
        const rehomedRegions = regionsOf(stack.rehomed);
        const rehomedByUrn = new Map(stack.rehomed.map((resource) => [resource.urn, resource]));
        const currentUrns = new Set(stack.current.map((resource) => resource.urn));
        const inLostRegion = (resource: Resource) => !!resource.provider && currentRegions.get(resource.provider) === input.lostRegion;
        const drops: Resource[] = [];
        const moves: string[] = [];
        for (const resource of stack.current.filter(inLostRegion)) {
            const next = rehomedByUrn.get(resource.urn);
            const nextRegion = next?.provider ? rehomedRegions.get(next.provider) : undefined;
            // A global object (IAM, ARC) managed through the same provider as before stays as it is.
            if (next && GLOBAL.test(resource.type) && next.provider === resource.provider) continue;
            if (!next || !nextRegion || nextRegion === input.lostRegion) {
                drops.push(resource);
                continue;
            }
            const isSecret = resource.type === SECRET;
            if (!GLOBAL.test(resource.type) && !isSecret && resource.type !== SECRET_POLICY) {
                drops.push(resource);
                continue;
            }
            // Every replica stands alone first: the new home's becomes the secret, the others the up takes back as its replicas.
            if (isSecret)
                for (const replica of replicaRegions(resource).filter((region) => region !== input.lostRegion))
                    promotions.push(
                        `aws secretsmanager stop-replication-to-replica --region ${replica} --secret-id ${quote(secretName(resource))}   # ${resource.name}${replica === nextRegion ? `: its ${nextRegion} copy becomes the secret` : ""}`,
                    );
            const name = isSecret
                ? secretName(resource)
                : resource.type === SECRET_POLICY
                  ? secretNameOfArn(String((resource.inputs as { secretArn?: string }).secretArn ?? ""))
                  : "";
            const id = name ? `"$(aws secretsmanager describe-secret --region ${nextRegion} --secret-id ${quote(name)} --query ARN --output text)"` : `"$id"`;
            moves.push(
                ...(GLOBAL.test(resource.type)
                    ? [run(`id=$(pulumi stack export ${s} | jq -r --arg urn ${quote(resource.urn)} '.deployment.resources[] | select(.urn == $urn) | .id')`)]
                    : []),
                run(`pulumi state delete ${quote(resource.urn)} ${s} --force --yes`),
                run(`pulumi import ${resource.type} ${quote(resource.name)} ${id} ${importOptions(next)} ${s} --yes`),
            );
        }
        const adoptions = topological(stack.rehomed.filter((resource) => !currentUrns.has(resource.urn)))
            .map((resource) => ({ resource, adopt: adoption(resource, (resource.provider && rehomedRegions.get(resource.provider)) || input.survivor.region) }))
            .filter((entry): entry is { resource: Resource; adopt: { id: string } } => entry.adopt !== undefined);
        // An adopted secret was the lost primary's, replicated here and elsewhere: each copy stands alone first.
        for (const { resource } of adoptions.filter((entry) => entry.resource.type === SECRET)) {
            const home = (resource.provider && rehomedRegions.get(resource.provider)) || input.survivor.region;
            for (const region of [home, ...replicaRegions(resource)])
                promotions.push(
                    `aws secretsmanager stop-replication-to-replica --region ${region} --secret-id ${quote(secretName(resource))}   # ${resource.name}${region === home ? `: its ${home} copy becomes the secret` : ""}`,
                );
        }
        if (drops.length + moves.length + adoptions.length === 0) continue;
        perStack.push(
            `# ${stack.stack}: ${drops.length} dropped with ${input.lostRegion}, ${moves.length > 0 ? "some moved to their new region, " : ""}${adoptions.length} adopted`,
        );
        // Dependents first: the state refuses to drop what another of its resources still needs.
        for (const resource of topological(drops).reverse()) perStack.push(run(`pulumi state delete ${quote(resource.urn)} ${s} --force --yes`));
        perStack.push(...moves);
        for (const { resource, adopt } of adoptions)
            perStack.push(run(`pulumi import ${resource.type} ${quote(resource.name)} ${adopt.id} ${importOptions(resource)} ${s} --yes`));
    }
    return [
        ...lines,
        ...(promotions.length > 0 ? [`# 2. Promote the secrets' replicas (the lost region held each secret):`, ...promotions] : []),
        `# 3. Carry each surviving stack's state over (drop what the lost region held, adopt what now is this topology's):`,
        ...perStack,
        `# 4. Drop the lost stacks (their resources stay with ${input.lostRegion}; nothing can delete them there):`,
        ...input.lostStacks.map((lost) => `(cd ${lost.workDir} && pulumi stack rm ${lost.stack} --force --yes)`),
        `# 5. Apply the re-homed environment, wave by wave:`,
        ...input.waves.map((wave, index) => `#    wave ${index + 1}: ${wave.map((stack) => `pulumi up -s ${stack}`).join("; ")}`),
    ];
}
