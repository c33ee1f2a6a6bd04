import { parser } from "@prometheus-io/lezer-promql";

/** Parse errors of a PromQL expression under the Prometheus project's own grammar (empty when valid). */
export function promqlErrors(expr: string): string[] {
    const errors: string[] = [];
    parser.parse(expr).iterate({
        enter: (node) => {
            if (node.type.isError) errors.push(`parse error at ${node.from}: ${JSON.stringify(expr.slice(Math.max(0, node.from - 10), node.to + 10))}`);
        },
    });
    return errors;
}
