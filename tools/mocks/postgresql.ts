import type { ResourceMock } from "../offline-plan/mock-cloud";

/** @pulumi/postgresql, through the writer: a role and a database are known by their names. */
export const postgresqlResources: Record<string, ResourceMock> = {
    "postgresql:index/role:Role": (ctx) => ({ id: String(ctx.inputs.name ?? ctx.name) }),
    "postgresql:index/database:Database": (ctx) => ({ id: String(ctx.inputs.name ?? ctx.name) }),
};
