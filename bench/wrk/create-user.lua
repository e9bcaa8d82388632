-- wrk script: POST /Users with a new user per request (ids unique per run, thread and request).
-- Usage: wrk -s create-user.lua URL/Users -- RUN-ID TOKEN
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  run = args[1] or "run"
  wrk.method = "POST"
  wrk.headers["Authorization"] = "Bearer " .. (args[2] or "")
  wrk.headers["Content-Type"] = "application/scim+json"
  n = 0
end

function request()
  n = n + 1
  local id = run .. "-" .. tid .. "-" .. n
  local body = '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"externalId":"' .. id ..
      '","userName":"' .. id .. '@bench.example","name":{"givenName":"Bench","familyName":"User' .. n .. '"}}'
  return wrk.format(nil, nil, nil, body)
end

dofile(os.getenv("BENCH_WRK_DIR") .. "/report.lua")
