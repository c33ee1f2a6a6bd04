import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { MockMonitor } from "@pulumi/pulumi/runtime/mocks";
import type { MockCloudOptions } from "./mock-cloud";
import { MockCloud } from "./mock-cloud";
import { compare } from "./order";
import type { StackConfig } from "./stack-config";

/** One registered resource as the engine would see it: its identity, wiring and inputs. */
export interface CapturedResource {
    urn: string;
    type: string;
    name: string;
    parent?: string;
    /** URN of the explicit provider, if any. */
    provider?: string;
    /** Every resource this one waits on: explicit `dependsOn` plus input dependencies. */
    dependsOn: string[];
    custom: boolean;
    /** Multi-language component (e.g. @pulumi/eks v3+): one resource, no children. */
    remote: boolean;
    /** Inputs in wire form: secrets and resource references keep their signatures. */
    inputs: Record<string, unknown>;
    /** For remote components: the providers sent with it, package → URN. */
    providers?: Record<string, string>;
    /** Properties the engine leaves alone on update (`ignoreChanges`); not part of plan.json. */
    ignoreChanges: string[];
    /** For components: what they passed to `registerOutputs`, in wire form. */
    outputs?: Record<string, unknown>;
    /** For custom resources: the id the mock cloud assigned. */
    id?: string;
    /** For custom resources: the state the mock cloud returned, in wire form. */
    state?: Record<string, unknown>;
}

export interface ProgramRun {
    resources: CapturedResource[];
    /** The stack's outputs (the program's exports), in wire form. */
    stackOutputs: Record<string, unknown>;
    /** The invokes the program made (token and region), in order: what a real run reads from the cloud before it changes anything. */
    invokes: { token: string; region: string }[];
}

/** A rule the real engine enforces and the mock runtime does not (unique URNs, default providers). */
export class EngineRuleError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "EngineRuleError";
    }
}

/** `urn:pulumi:<stack>::<project>::<ancestor types below the stack, joined by $>::<name>`. */
export function engineUrn(project: string, stack: string, parentUrn: string | undefined, type: string, name: string): string {
    const parentType = parentUrn?.split("::")[2];
    const qualified = parentType && parentType !== "pulumi:pulumi:Stack" ? `${parentType}$${type}` : type;
    return `urn:pulumi:${stack}::${project}::${qualified}::${name}`;
}

/** The error a program or the mock cloud raised, kept apart from bugs in the runner itself. */
export class ProgramError extends Error {
    constructor(
        message: string,
        readonly cause: unknown,
    ) {
        super(message);
        this.name = "ProgramError";
    }
}

interface Struct {
    toJavaScript(): Record<string, unknown>;
}
interface RegisterResourceRequest {
    getType(): string;
    getName(): string;
    getParent(): string;
    getCustom(): boolean;
    getRemote(): boolean;
    getProvider(): string;
    /** Registrations carry dependencies and an object; reads carry properties. */
    getDependenciesList?(): string[];
    getObject?(): Struct | undefined;
    getProperties?(): Struct | undefined;
    /** Only on registrations (not reads). */
    getIgnorechangesList?(): string[];
    /** Only on registrations (not reads). */
    getProvidersMap?(): { get(key: string): string | undefined; toArray(): Array<[string, string]> };
}
interface RegisterResourceResponse {
    getUrn(): string;
    getId?(): string;
    /** Registrations answer with an object; reads with properties. */
    getObject?(): Struct | undefined;
    getProperties?(): Struct | undefined;
}
interface RegisterOutputsRequest {
    getUrn(): string;
    getOutputs(): Struct | undefined;
}
type Callback<T> = (error: unknown, response?: T) => void;

/** A program given as a function (like the Automation API's inline programs): it returns the stack's outputs. */
export type InlineProgram = () => Record<string, unknown> | Promise<Record<string, unknown>>;

export interface RunOptions {
    /** Called as resources register, for a progress line. */
    onRegister?: (count: number) => void;
    /** Run this instead of the project's entry point (its config still comes from the stack files). @default the project's `main` */
    program?: InlineProgram;
}

/** What the capturing monitor hands over for each registration or read that succeeded. */
type OnRegistered = (kind: "register" | "read", req: RegisterResourceRequest, response: RegisterResourceResponse) => void;

/**
 * The SDK's own MockMonitor, extended (not patched) to see each request as the engine would:
 * the mock arguments carry neither parent, dependencies nor providers.
 */
class CapturingMonitor extends MockMonitor {
    constructor(
        mocks: pulumi.runtime.Mocks,
        private readonly onRequest: (req: RegisterResourceRequest, remote: boolean) => void,
        private readonly onRegistered: OnRegistered,
        private readonly onOutputs: (req: RegisterOutputsRequest) => void,
    ) {
        super(mocks);
    }

    override registerResource(req: RegisterResourceRequest, callback: Callback<RegisterResourceResponse>): Promise<void> {
        this.onRequest(req, req.getRemote());
        return super.registerResource(req, this.observe("register", req, callback));
    }

    override readResource(req: RegisterResourceRequest, callback: Callback<RegisterResourceResponse>): Promise<void> {
        this.onRequest(req, false);
        return super.readResource(req, this.observe("read", req, callback));
    }

    override registerResourceOutputs(req: RegisterOutputsRequest, callback: Callback<unknown>): void {
        this.onOutputs(req);
        super.registerResourceOutputs(req, callback);
    }

    private observe(kind: "register" | "read", req: RegisterResourceRequest, callback: Callback<RegisterResourceResponse>): Callback<RegisterResourceResponse> {
        return (error, response) => {
            if (!error && response) this.onRegistered(kind, req, response);
            callback(error, response);
        };
    }
}

/**
 * Runs a Pulumi program in this process under Pulumi's official mock runtime and captures every
 * registration as the engine would receive it, through a subclass of the SDK's MockMonitor
 * installed with the public `setMockOptions`.
 */
export async function runProgram(
    config: StackConfig,
    stack: string,
    mocks: MockCloudOptions,
    { onRegister, program: inline }: RunOptions = {},
): Promise<ProgramRun> {
    const cloud = new MockCloud(stack, mocks);
    // setMocks declares what the mock runtime supports (secrets, resource references ...); the
    // capturing monitor then takes the place of the one it made.
    await pulumi.runtime.setMocks(cloud, config.project, stack, false);

    const byUrn = new Map<string, CapturedResource>();
    // The mock monitor qualifies a URN with its parent's type only; the engine chains every
    // ancestor's type below the stack. Plans carry the engine's URNs, so they are rebuilt here.
    const engineUrns = new Map<string, string>();
    const toEngineUrn = (mockUrn: string) => engineUrns.get(mockUrn) ?? mockUrn;
    const providerOf = (ref: string) => toEngineUrn(ref.split("::").slice(0, -1).join("::"));
    const onRequest = (req: RegisterResourceRequest, remote: boolean) => {
        const providers = remote ? Object.fromEntries(req.getProvidersMap?.().toArray() ?? []) : undefined;
        if (providers?.aws) cloud.noteComponentProvider(req.getType(), req.getName(), providers.aws);
    };
    const onRegistered: OnRegistered = (kind, req, response) => {
        const remote = kind === "register" && req.getRemote();
        const providers = remote ? Object.fromEntries(req.getProvidersMap?.().toArray() ?? []) : undefined;
        const inputs = (req.getObject?.() ?? req.getProperties?.())?.toJavaScript();
        const state = (response.getObject?.() ?? response.getProperties?.())?.toJavaScript();
        const parent = req.getParent() ? toEngineUrn(req.getParent()) : undefined;
        const urn = engineUrn(config.project, stack, parent, req.getType(), req.getName());
        engineUrns.set(response.getUrn(), urn);
        if (byUrn.has(urn)) {
            cloud.report(
                new EngineRuleError(
                    `duplicate URN ${urn}: two resources of type ${req.getType()} are named "${req.getName()}" under the same parent type; the engine would refuse this, so give one of them another name`,
                ),
            );
        }
        const provider = req.getProvider();
        byUrn.set(urn, {
            urn,
            type: req.getType(),
            name: req.getName(),
            parent,
            provider: provider ? providerOf(provider) : undefined,
            dependsOn: [...new Set((req.getDependenciesList?.() ?? []).map(toEngineUrn))].sort(compare),
            custom: kind === "read" || req.getCustom(),
            remote,
            providers: providers && Object.fromEntries(Object.entries(providers).map(([pkg, ref]) => [pkg, providerOf(ref)])),
            ignoreChanges: req.getIgnorechangesList?.() ?? [],
            inputs: rewriteUrns(inputs ?? {}, toEngineUrn),
            id: response.getId?.() || undefined,
            state,
        });
        onRegister?.(byUrn.size);
    };
    const onOutputs = (req: RegisterOutputsRequest) => {
        const resource = byUrn.get(toEngineUrn(req.getUrn()));
        if (resource) resource.outputs = rewriteUrns(req.getOutputs()?.toJavaScript() ?? {}, toEngineUrn);
    };
    // "organization" is what the CLI reports with a self-managed (DIY) backend, which has no organisations.
    pulumi.runtime.setMockOptions(new CapturingMonitor(cloud, onRequest, onRegistered, onOutputs), config.project, stack, false, DIY_ORGANIZATION);
    pulumi.runtime.setAllConfig(config.values, config.secretKeys);

    const failures: unknown[] = [];
    const onFailure = (reason: unknown) => failures.push(reason);
    process.on("unhandledRejection", onFailure);
    try {
        // A program's modules may sit anywhere (a sub-project's program imports the root's
        // components; a project's index hands over to another file): every run loads them
        // afresh, as each `pulumi up` does.
        forgetProgramModules();
        const program = pulumi.runtime.runInPulumiStack(async () => {
            if (inline) return { ...(await inline()) };
            // Like Pulumi's Node.js language host: require the CommonJS entry point and hand its
            // exports to the stack as outputs; an exported function is called and awaited first.
            // eslint-disable-next-line @typescript-eslint/no-require-imports
            const exported = require(config.main) as Record<string, unknown> | (() => unknown);
            const outputs = typeof exported === "function" ? await exported() : exported;
            return { ...(outputs as Record<string, unknown>) };
        });
        await Promise.race([program, cloud.failed]);
        await Promise.race([pulumi.runtime.disconnect(), cloud.failed]);
    } catch (error) {
        failures.unshift(error);
        // The SDK's own promises that wait on the failure reject in the next turns; they belong
        // to this failed run, so let them reach the handler before it goes.
        await new Promise((resolve) => setImmediate(resolve));
    } finally {
        process.off("unhandledRejection", onFailure);
    }
    const first = [...failures, ...cloud.errors][0];
    if (first !== undefined) {
        // As the language host does when its monitor fails: registrations that waited on the
        // failure stay pending, and must not be reported as leaked promises at exit.
        pulumi.runtime.terminateRpcs();
        throw new ProgramError(messageOf(first), first);
    }

    const resources = [...byUrn.values()].sort((a, b) => compare(a.urn, b.urn));
    const defaultProviderUse = findDefaultProviderUse(resources, disabledDefaultProviders(config));
    if (defaultProviderUse) throw new ProgramError(defaultProviderUse, new EngineRuleError(defaultProviderUse));
    const stackResource = resources.find((resource) => resource.type === "pulumi:pulumi:Stack");
    return { resources, stackOutputs: stackResource?.outputs ?? {}, invokes: [...cloud.invokes] };
}

/** The organisation a program sees offline: a self-managed backend's. */
export const DIY_ORGANIZATION = "organization";

/** URNs in wire values (resource references, exported resources) name the mock monitor's; plans use the engine's. */
function rewriteUrns<T>(value: T, toEngineUrn: (urn: string) => string): T {
    // Copy on write: most values hold no reference and are returned as they are.
    if (Array.isArray(value)) {
        let copy: unknown[] | undefined;
        value.forEach((item: unknown, index) => {
            const rewritten = rewriteUrns(item, toEngineUrn);
            if (rewritten !== item) (copy = copy ?? [...value])[index] = rewritten;
        });
        return (copy ?? value) as T;
    }
    // A resource exported as an output arrives as its properties, its URN a plain string.
    if (typeof value === "string") return (value.startsWith("urn:pulumi:") ? toEngineUrn(value) : value) as T;
    if (typeof value !== "object" || value === null) return value;
    const record = value as Record<string, unknown>;
    let copy: Record<string, unknown> | undefined;
    for (const key of Object.keys(record)) {
        const item = record[key];
        const rewritten = rewriteUrns(item, toEngineUrn);
        if (rewritten !== item) (copy = copy ?? { ...record })[key] = rewritten;
    }
    return (copy ?? record) as T;
}

/** Packages listed in `pulumi:disable-default-providers`, which the engine enforces. */
function disabledDefaultProviders(config: StackConfig): string[] {
    const raw = config.values["pulumi:disable-default-providers"];
    if (raw === undefined) return [];
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.map(String) : [];
}

/** The engine refuses a resource that would need a disabled default provider; so does the plan. */
export function findDefaultProviderUse(resources: CapturedResource[], disabled: string[]): string | undefined {
    if (disabled.length === 0) return undefined;
    // A remote component gets only the providers in its own options, never its parent's: with
    // none, its children fall back to default providers, which are disabled.
    const orphan = resources.find((resource) => resource.remote && Object.keys(resource.providers ?? {}).length === 0);
    if (orphan) {
        return `${orphan.urn} is a remote component registered without providers, so its children would use default providers, which pulumi:disable-default-providers forbids; pass providers: { <package>: provider } in its options (parents' providers are not inherited by remote components)`;
    }
    const offender = resources.find((resource) => {
        if (!resource.custom || resource.provider || resource.type.startsWith("pulumi:")) return false;
        const pkg = resource.type.split(":")[0];
        return disabled.includes("*") || disabled.includes(pkg);
    });
    if (!offender) return undefined;
    return `${offender.urn} would use the default ${offender.type.split(":")[0]} provider, which pulumi:disable-default-providers forbids; pass an explicit provider (or a parent that has one)`;
}

/** The program is re-imported on every run, so a second plan in one process sees fresh config. */
function forgetProgramModules(): void {
    const nodeModules = `${path.sep}node_modules${path.sep}`;
    for (const id of Object.keys(require.cache)) {
        // Packages and the runner's own modules stay: their classes (errors, mocks) must stay the same.
        if (!id.includes(nodeModules) && path.dirname(id) !== __dirname) delete require.cache[id];
    }
}

function messageOf(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}
