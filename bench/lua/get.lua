-- Warm GET: the URL given to wrk, on every request.
dofile(os.getenv("BENCH_LUA") .. "/report.lua")

wrk.headers["Accept"] = "application/graphql-response+json"
