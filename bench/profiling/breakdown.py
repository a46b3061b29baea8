"""Where the server's CPU went, from `perf script` output: the share of samples under each part of the request path.

Shares are inclusive (a sample under GraphQL validation inside the executor counts for both) and parts may overlap;
each line says what fraction of the process's CPU samples had that part on their stack.
"""
import collections
import re
import sys

PARTS = [
    ("GraphQL executor (ours + GraphQL.NET, all below)", r"GraphQLHttpExecutor"),
    ("  validation (GraphQL.NET's DocumentValidator)", r"GraphQL\.Validation\.|DocumentValidator"),
    ("    variable usages walk (GetRecursiveVariables)", r"GetRecursiveVariables"),
    ("    arguments parsed with the variables", r"ParseArgumentVisitor"),
    ("  execution strategy (GraphQL.NET)", r"GraphQL\.Execution\.ExecutionStrategy|SerialExecutionStrategy"),
    ("  resolvers and memo (ours)", r"WellnessConnection\.GraphQL\."),
    ("  reading the index (ours, EF Core, SQLite)", r"WellnessConnection\.Storage|EntityFrameworkCore|Sqlite|sqlite3"),
    ("JSON writing of the result", r"ExecutionResultJsonConverter|GraphQLSerializer"),
    ("request reading (JSON body, or a GET's query string)", r"GraphQLHttpRequestReader"),
    ("surrogate keys (documents shown, headers)", r"ResponseDocuments|ServedDocuments|ContentResponseHeaders"),
    ("response cache (ours: key, lookup, headers)", r"ResponseCacheFilter"),
    ("persisted documents (ours)", r"PersistedDocumentFilter"),
    ("metrics (OpenTelemetry, .NET's instruments)", r"OpenTelemetry\.Metrics|System\.Diagnostics\.Metrics"),
    ("ASP.NET Core middleware and Kestrel", r"Kestrel|Microsoft\.AspNetCore\."),
    ("sockets and kernel", r"System\.Net\.Sockets|kernel\.kallsyms"),
]


def main(path):
    samples = [s for s in open(path, encoding="utf-8", errors="replace").read().split("\n\n") if s.strip()]
    counts = collections.Counter()
    for sample in samples:
        stack = sample.split("\n", 1)[1] if "\n" in sample else ""
        for name, pattern in PARTS:
            if re.search(pattern, stack):
                counts[name] += 1
    print(f"{len(samples)} samples")
    for name, _ in PARTS:
        print(f"{100 * counts[name] / max(1, len(samples)):5.1f}%  {name}")


if __name__ == "__main__":
    main(sys.argv[1])
