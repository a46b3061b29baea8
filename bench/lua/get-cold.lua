-- Cold GET: BENCH_PREFIX (the path and the persisted document's parameter) followed by each line of BENCH_PARAMS in
-- turn (variables=%7B...: the variables, URL-encoded), with a unique unused variable added to each, so that no
-- response cache can answer or keep it (unique against every run before too: see post-cold.lua).
dofile(os.getenv("BENCH_LUA") .. "/report.lua")
dofile(os.getenv("BENCH_LUA") .. "/unique-run.lua")

local prefix = os.getenv("BENCH_PREFIX")
local params = {}
for line in io.lines(os.getenv("BENCH_PARAMS")) do
  params[#params + 1] = string.sub(line, #"variables=%7B" + 1)
end

local run = unique_run()
local headers = { ["Accept"] = "application/graphql-response+json" }
local counter = 0

request = function()
  counter = counter + 1
  local unique = "%7B%22nocache%22%3A%22" .. run .. "-" .. counter .. "%22%2C"
  return wrk.format("GET", prefix .. "variables=" .. unique .. params[(counter % #params) + 1], headers)
end
