-- Cold POST: rotates through the bodies of BENCH_BODIES (one JSON body a line, each starting {"variables":{) and makes
-- every request unique, in this run and against every run before it, so that no response cache can answer or keep it:
--   BENCH_MODE=variables (default): adds a unique unused variable; the document stays the same, as with real clients;
--   BENCH_MODE=document: puts a unique comment in the query instead, so the document itself is new every time.
dofile(os.getenv("BENCH_LUA") .. "/report.lua")
dofile(os.getenv("BENCH_LUA") .. "/unique-run.lua")

local mode = os.getenv("BENCH_MODE") or "variables"
local heads, tails = {}, {}
for line in io.lines(os.getenv("BENCH_BODIES")) do
  local cut = mode == "document" and select(2, string.find(line, '"query":"', 1, true)) or #'{"variables":{'
  heads[#heads + 1] = string.sub(line, 1, cut)
  tails[#tails + 1] = string.sub(line, cut + 1)
end

-- Not a thread number: the warm-up and the measured run would then send the same requests, and the second would find
-- each of them asked before (and the response cache would keep it).
local run = unique_run()
local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/graphql-response+json" }
local counter = 0

request = function()
  counter = counter + 1
  local i = (counter % #heads) + 1
  local unique = mode == "document"
    and "# " .. run .. "-" .. counter .. "\\n"
    or '"nocache":"' .. run .. "-" .. counter .. '",'
  return wrk.format("POST", nil, headers, heads[i] .. unique .. tails[i])
end
