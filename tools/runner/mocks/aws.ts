import { InvokeMock, ResourceMock, ResourceMockContext } from "../mock-cloud";

/** AWS invokes the platform makes while planning. */
export const awsInvokes: Record<string, InvokeMock> = {
    "aws:index/getAvailabilityZones:getAvailabilityZones": (_inputs, region) => {
        const letters = ["a", "b", "c", "d", "e", "f"];
        return {
            id: region,
            names: letters.map((letter) => `${region}${letter}`),
            zoneIds: letters.map((_, i) => `${region.replace(/-/g, "").slice(0, 4)}-az${i + 1}`),
            groupNames: [region],
            state: "available",
        };
    },
    "aws:index/getCallerIdentity:getCallerIdentity": () => ({
        accountId: "123456789012",
        arn: "arn:aws:iam::123456789012:user/offline-plan",
        id: "123456789012",
        userId: "AIDAOFFLINEPLAN",
    }),
    "aws:index/getPartition:getPartition": () => ({ partition: "aws", dnsSuffix: "amazonaws.com", id: "aws", reverseDnsPrefix: "com.amazonaws" }),
    "aws:index/getRegion:getRegion": (_inputs, region) => ({ name: region, region, id: region, endpoint: `ec2.${region}.amazonaws.com`, description: region }),
};

/** `arn:aws:<service>:<region>:<account>:<resource>` for the mocked resource. */
export function arn(ctx: ResourceMockContext, service: string, resource: string, global = false): string {
    return `arn:aws:${service}:${global ? "" : ctx.region}:${ctx.account}:${resource}`;
}

/** An EC2-style id: a prefix and 17 hex digits derived from the resource's identity. */
export function ec2Id(ctx: ResourceMockContext, prefix: string): string {
    return `${prefix}-0${ctx.hash.slice(0, 16)}`;
}

export const awsResources: Record<string, ResourceMock> = {
    "aws:ec2/vpc:Vpc": (ctx) => {
        const id = ec2Id(ctx, "vpc");
        return { id, state: { arn: arn(ctx, "ec2", `vpc/${id}`), defaultSecurityGroupId: ec2Id({ ...ctx, hash: ctx.hash.slice(8) }, "sg"), mainRouteTableId: ec2Id({ ...ctx, hash: ctx.hash.slice(4) }, "rtb"), ownerId: ctx.account } };
    },
};
