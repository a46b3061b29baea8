-- Warm POST: the same body (BENCH_BODY, a file) on every request.
dofile(os.getenv("BENCH_LUA") .. "/report.lua")

local file = assert(io.open(os.getenv("BENCH_BODY"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a"):gsub("%s+$", "")
file:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
