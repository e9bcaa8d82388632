-- wrk script: GET /Users/{id} or a userName filter for random objects of the generated population.
-- Usage: wrk -s get-user.lua URL/Users -- TOKEN OBJECTS by-id|filter
function init(args)
  wrk.headers["Authorization"] = "Bearer " .. args[1]
  objects = tonumber(args[2])
  mode = args[3]
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
end

function request()
  local id = "g" .. math.random(1, objects)
  if mode == "filter" then
    return wrk.format("GET", wrk.path .. "?filter=userName%20eq%20%22" .. id .. "%40bench.example%22")
  end
  return wrk.format("GET", wrk.path .. "/" .. id)
end

dofile(os.getenv("BENCH_WRK_DIR") .. "/report.lua")
