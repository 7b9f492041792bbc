-- The mixed signed-in workload: a supervisor's morning, 9 reads to 1 write.
-- The runner sets COOKIE, CSRF, SAM (a supervisee's id) and OBSERVE (a draft-observation body) below.
local reads = {
  "/api/auth/me",
  "/api/supervisees/overview",
  "/api/people/" .. SAM .. "/progression",
  "/api/auth/me",
  "/api/supervisees/overview",
  "/api/people/" .. SAM .. "/progression",
  "/api/observations?workerId=" .. SAM,
  "/api/frameworks",
  "/api/auth/me",
}
local n = 0
request = function()
  n = n + 1
  local headers = { ["Cookie"] = COOKIE, ["Accept"] = "application/json" }
  if n % 10 == 0 then
    headers["Content-Type"] = "application/json"
    headers["X-CSRF-Token"] = CSRF
    return wrk.format("POST", "/api/observations", headers, OBSERVE)
  end
  return wrk.format("GET", reads[(n % 10)], headers)
end
