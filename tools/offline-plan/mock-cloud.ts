import { createHash } from "crypto";
import type * as pulumi from "@pulumi/pulumi";

/**
 * A deterministic stand-in for AWS and Kubernetes: for every resource type and invoke it knows,
 * it returns plausible outputs derived from the inputs and a hash of the resource's identity,
 * so two runs of the same program give byte-identical plans. Anything it does not know fails
 * loudly with its token: a silent `undefined` would hide a missing mock behind a green plan.
 * It knows cloud types only, never this program's components.
 */

export const MOCK_ACCOUNT_ID = "123456789012";
const DEFAULT_REGION = "us-east-1";

export interface ResourceMockContext {
    readonly type: string;
    readonly name: string;
    readonly inputs: Record<string, unknown>;
    /** Region of the resource's AWS provider (or the default region). */
    readonly region: string;
    /** A stable hex digest of the resource's identity, for ids. */
    readonly hash: string;
    readonly account: string;
}

export type ResourceMock = (ctx: ResourceMockContext) => { id?: string; state?: Record<string, unknown> };
/** What an invoke may read besides its inputs: the cloud as this stack's last plan left it. */
export interface InvokeContext {
    readonly stack: string;
    /** The stack's previous offline plan (`<outDir>/<stack>/plan.json`), standing in for what its last `up` created; none for a stack never planned. */
    readonly previous?: PreviousPlan;
}

/** The parts of a previous plan file that invokes read. */
export interface PreviousPlan {
    readonly stack: string;
    readonly resources: readonly { readonly type: string; readonly name: string; readonly inputs: unknown }[];
}

export type InvokeMock = (inputs: Record<string, unknown>, region: string, context: InvokeContext) => Record<string, unknown>;

export class UnknownMockError extends Error {
    constructor(kind: "resource type" | "invoke", token: string) {
        super(`the offline mock cloud does not know the ${kind} ${token}; add it to the mock cloud (the plan's --mocks module)`);
        this.name = "UnknownMockError";
    }
}

/** A stack's outputs as a StackReference reads them. */
export interface ReferencedStack {
    outputs: Record<string, unknown>;
    secretOutputNames: string[];
}

export interface MockCloudOptions {
    /** Resolves `pulumi.StackReference` reads (e.g. from other stacks' offline plans). */
    stackReference?: (name: string) => ReferencedStack;
    resources: Record<string, ResourceMock>;
    /** Resolves types by pattern (e.g. every kind of a known Kubernetes API group). */
    resolve?: (type: string) => ResourceMock | undefined;
    invokes: Record<string, InvokeMock>;
    /** This stack's previous plan, for invokes that read existing resources. @default none (nothing exists yet) */
    previousPlan?: PreviousPlan;
}

export class MockCloud implements pulumi.runtime.Mocks {
    /** Errors raised by the mocks; the runner fails the plan on any of them. */
    readonly errors: Error[] = [];
    /** Every invoke the program made, in order, with the region it went to: what a real run reads from the cloud. */
    readonly invokes: { token: string; region: string }[] = [];
    /**
     * Rejects on the first mock error. A failed registration leaves every resource that waits on
     * it pending forever, so the runner races the program against this instead of waiting.
     */
    readonly failed: Promise<never>;
    private rejectFailed: (error: Error) => void = () => undefined;
    private readonly providerRegions = new Map<string, string>();
    private readonly componentProviders = new Map<string, string>();

    constructor(
        private readonly stack: string,
        private readonly options: MockCloudOptions,
    ) {
        this.failed = new Promise<never>((_, reject) => (this.rejectFailed = reject));
        this.failed.catch(() => undefined); // observed by the runner's race; never unhandled
    }

    /** Records an error found outside a mock (e.g. by the runner's own checks) and stops the run. */
    report(error: Error): void {
        this.errors.push(error);
        this.rejectFailed(error);
    }

    /**
     * Remote components get their providers as a map, which the mock arguments do not carry;
     * the runner passes the AWS one here so the component's outputs use the right region.
     */
    noteComponentProvider(type: string, name: string, providerRef: string): void {
        this.componentProviders.set(`${type}::${name}`, providerRef);
    }

    newResource(args: pulumi.runtime.MockResourceArgs): { id: string | undefined; state: Record<string, unknown> } {
        const inputs = args.inputs as Record<string, unknown>;
        const hash = digest(`${this.stack}/${args.type}/${args.name}`);
        if (args.type.startsWith("pulumi:providers:")) {
            const region = typeof inputs.region === "string" ? inputs.region : DEFAULT_REGION;
            const id = `provider-${hash.slice(0, 12)}`;
            // Resources reference their provider as `<urn>::<id>`; the name is enough to find it.
            this.providerRegions.set(args.name, region);
            return { id, state: { ...inputs } };
        }
        if (args.type === "pulumi:pulumi:StackReference") {
            const name = String(inputs.name ?? args.id ?? args.name);
            if (!this.options.stackReference) return this.fail(new UnknownMockError("resource type", args.type));
            try {
                const referenced = this.options.stackReference(name);
                return { id: name, state: { name, outputs: referenced.outputs, secretOutputNames: referenced.secretOutputNames } };
            } catch (error) {
                return this.fail(error as Error);
            }
        }
        if (!args.custom) {
            // Components (ours or a package's local ones) have no cloud state of their own.
            const remote = this.options.resources[args.type];
            return remote ? this.run(remote, args, inputs, hash) : { id: undefined, state: {} };
        }
        const mock = this.options.resources[args.type] ?? this.options.resolve?.(args.type);
        if (!mock) return this.fail(new UnknownMockError("resource type", args.type));
        return this.run(mock, args, inputs, hash);
    }

    call(args: pulumi.runtime.MockCallArgs): Record<string, unknown> {
        const mock = this.options.invokes[args.token];
        if (!mock) return this.fail(new UnknownMockError("invoke", args.token));
        const inputs = args.inputs as Record<string, unknown>;
        const region = this.regionOf(args.provider, inputs);
        this.invokes.push({ token: args.token, region });
        try {
            return mock(inputs, region, { stack: this.stack, previous: this.options.previousPlan });
        } catch (error) {
            // What the provider would answer (e.g. a resource that does not exist): the program sees a
            // failed invoke. The engine answers a failed invoke with a gRPC error whose `details` is
            // the provider's message, which the SDK turns into the Error the program catches.
            throw Object.assign(new Error(`${args.token}: ${(error as Error).message}`), { details: (error as Error).message });
        }
    }

    private run(mock: ResourceMock, args: pulumi.runtime.MockResourceArgs, inputs: Record<string, unknown>, hash: string) {
        try {
            const result = mock({
                type: args.type,
                name: args.name,
                inputs,
                region: this.regionOf(args.provider || this.componentProviders.get(`${args.type}::${args.name}`), inputs),
                hash,
                account: MOCK_ACCOUNT_ID,
            });
            // Only what the cloud computes: outside preview the SDK fills every other output from the
            // inputs itself, so echoing them back only doubled each resource's serialisation.
            return { id: result.id ?? `${args.name}-${hash.slice(0, 8)}`, state: result.state ?? {} };
        } catch (error) {
            return this.fail(new Error(`mock for ${args.type} (${args.name}) failed: ${(error as Error).message}`));
        }
    }

    private regionOf(providerRef: string | undefined, inputs: Record<string, unknown>): string {
        if (typeof inputs.region === "string") return inputs.region;
        // A provider reference is `urn:pulumi:stack::project::pulumi:providers:aws::name::id`.
        const providerName = providerRef?.split("::")[3];
        return (providerName && this.providerRegions.get(providerName)) ?? DEFAULT_REGION;
    }

    private fail(error: Error): never {
        this.report(error);
        throw error;
    }
}

/** A stable hex digest for ids and fake secrets. */
export function digest(text: string): string {
    return createHash("sha256").update(text).digest("hex");
}
