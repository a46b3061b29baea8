-- unique_run(): a new random identifier (a UUID from the kernel) for what a cold load's requests make unique. Each wrk
-- thread loads the script in its own Lua state and draws its own, so no two threads and no two loads (a warm-up and
-- its measured run, say) send the same requests.
function unique_run()
  local source = assert(io.open("/proc/sys/kernel/random/uuid"))
  local uuid = source:read("*l")
  source:close()
  return uuid
end
