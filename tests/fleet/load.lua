-- The fleet's load: GraphQL GETs as partner pages send them, rotating over the paths tests/fleet/run gives in
-- FLEET_PATHS (a listing, a session page, a page), and every fourth request the listing as a POST, which nginx
-- never caches: it reaches a replica every time, so each replica's versions can be followed under load.
local paths = {}
for path in string.gmatch(os.getenv("FLEET_PATHS") or "", "%S+") do paths[#paths + 1] = path end

local accept = "application/graphql-response+json"
local body = '{"query":"{ sessions(first: 5) { nodes { slug title } } page(slug: \\"faq\\") { title } }"}'
local post -- formatted at the first request, once wrk has set the Host header

local counter = 0
request = function()
  counter = counter + 1
  if counter % 4 == 0 then
    post = post or wrk.format("POST", "/graphql", { ["Accept"] = accept, ["Content-Type"] = "application/json" }, body)
    return post
  end
  return wrk.format("GET", paths[(counter % #paths) + 1], { ["Accept"] = accept })
end
