-- Cold POST: rotates through the bodies of BENCH_BODIES (one JSON body a line, each starting {"variables":{) and makes
-- every request unique, so that no response cache can answer it:
--   BENCH_MODE=variables (default): adds a unique unused variable; the document stays the same, as with real clients;
--   BENCH_MODE=document: puts a unique comment in the query instead, so the document itself is new every time.
dofile(os.getenv("BENCH_LUA") .. "/report.lua")

local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("id", threads)
end

local mode = os.getenv("BENCH_MODE") or "variables"
local heads, tails = {}, {}
for line in io.lines(os.getenv("BENCH_BODIES")) do
  local cut = mode == "document" and select(2, string.find(line, '"query":"', 1, true)) or #'{"variables":{'
  heads[#heads + 1] = string.sub(line, 1, cut)
  tails[#tails + 1] = string.sub(line, cut + 1)
end

local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/graphql-response+json" }
local counter = 0

request = function()
  counter = counter + 1
  local i = (counter % #heads) + 1
  local unique = mode == "document"
    and "# " .. id .. "-" .. counter .. "\\n"
    or '"nocache":"' .. id .. "-" .. counter .. '",'
  return wrk.format("POST", nil, headers, heads[i] .. unique .. tails[i])
end
