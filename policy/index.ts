import { PolicyPack } from "@pulumi/policy";
import { PACK_NAME, policies } from "./rules";

// Only constructs the pack (which starts the policy server); the rules live in ./rules.
new PolicyPack(PACK_NAME, { policies: policies() });
