namespace Philly311.Ops.Silo.Counters;

/// <summary>
/// The Lua that makes counting exactly-once: Redis runs each script atomically, so the check of the stored
/// version, the undo of the old version's contribution, the new contribution, the figure versions and the record
/// write happen as one step no matter how many silos send the same request at once. Every key a script touches is
/// declared in KEYS (the fixed keys of <see cref="CounterKeys"/>, then the request records) and shares one hash tag.
/// </summary>
internal static class CounterScripts
{
    /// <summary>
    /// Applies a batch of versions in one atomic step. KEYS: seq, all-time, days, versions, names, closed, then the
    /// breach keys (due, breached, breach counts, breach version: see <c>BreachKeys</c>), then the request record of each
    /// event. ARGV, eight per event: new record (version first, tab-separated), version, close time in Unix s (or -),
    /// department figure and name, request-type figure and name, due time in Unix ms (or - once closed); then now in Unix ms.
    /// The due set follows each applied version: the old version leaves the due or breached set (a breached one
    /// un-counts its breach), an open new one enters the due set, or the breached set at once if already past due.
    /// Returns { {outcome1, sequence1, ...}, first sequence − 1, last sequence, changes, breach version or 0 } where outcome is
    /// 0 duplicate or older, 1 new request, 2 newer version, and each change is { figure, version, name, field, value, ... }
    /// with the new absolute value of every field the batch changed (<c>r</c>, <c>c</c>, <c>{day}|r</c>, <c>{day}|c</c>,
    /// <c>{day}|q{slot}</c>). Deltas are summed per field first, so a hot field is written once per batch; <c>city</c> is
    /// in every batch that applied anything, so its version counts batches and its frames can carry the sequence.
    /// </summary>
    public const string ApplyMany = """
        local SEQ, A, D, V, N, C = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6]
        local DUE, LATE, BC, BV = KEYS[7], KEYS[8], KEYS[9], KEYS[10]
        local FIXED, STRIDE = 10, 8
        local now = tonumber(ARGV[#ARGV])
        local inc = { [A] = {}, [D] = {} }
        local meta = { [A] = {}, [D] = {} }
        local function add(hash, fig, field, short, d)
          local h = inc[hash]
          local cur = h[field]
          if cur == nil then
            h[field] = d
            meta[hash][field] = { fig, short }
          else
            h[field] = cur + d
          end
        end
        -- Quarter-hours are kept for the figures a chart is drawn for; per neighborhood and ZIP they would
        -- multiply the fields by the 200+ places for no screen.
        local charted = { true, true, false, false, true, true }
        local function apply(rec, d)
          local f = {}
          for v in string.gmatch(rec, '[^\t]+') do f[#f + 1] = v end
          local figs = { 'city', 'dept:' .. f[2], 'hood:' .. f[3], 'zip:' .. f[4], 'channel:' .. f[5], 'service:' .. f[6] }
          local day, slot, closedDay = f[7], f[8], f[9]
          for i = 1, 6 do
            local g = figs[i]
            add(A, g, g .. '|r', 'r', d)
            add(D, g, day .. '|' .. g .. '|r', day .. '|r', d)
            if charted[i] then add(D, g, day .. '|' .. g .. '|q' .. slot, day .. '|q' .. slot, d) end
            if closedDay ~= '-' then
              add(A, g, g .. '|c', 'c', d)
              add(D, g, closedDay .. '|' .. g .. '|c', closedDay .. '|c', d)
            end
          end
        end
        -- Breaches: a member names the request and the dimensions its breach is counted in (fields 2, 3, 4, 6).
        local breach, breachMoved = {}, false
        local function member(key, rec)
          local f = {}
          for v in string.gmatch(rec, '[^\t]+') do f[#f + 1] = v end
          return key .. '\t' .. f[2] .. '\t' .. f[3] .. '\t' .. f[4] .. '\t' .. f[6], f
        end
        local function countBreach(f, d)
          for _, g in ipairs({ 'city', 'dept:' .. f[2], 'hood:' .. f[3], 'zip:' .. f[4], 'service:' .. f[6] }) do
            breach[g] = (breach[g] or 0) + d
          end
          breachMoved = true
        end
        local function undue(key, rec)
          local m, f = member(key, rec)
          if redis.call('ZREM', LATE, m) == 1 then countBreach(f, -1) end
          redis.call('ZREM', DUE, m)
        end
        local function due(key, rec, at)
          if at == '-' then return end
          local m, f = member(key, rec)
          if tonumber(at) <= now then
            redis.call('ZADD', LATE, at, m)
            countBreach(f, 1)
          else
            redis.call('ZADD', DUE, at, m)
          end
        end
        local records, dirty, closedAt, names, kinds, ranks = {}, {}, {}, {}, {}, {}
        local applied = 0
        local n = #KEYS - FIXED
        for i = 1, n do
          local key = KEYS[FIXED + i]
          local a = (i - 1) * STRIDE
          local current = records[key]
          if current == nil then current = redis.call('GET', key) or false end
          local outcome = 1
          if current then
            local tab = string.find(current, '\t', 1, true)
            if ARGV[a + 2] <= string.sub(current, 1, tab - 1) then
              outcome = 0
            else
              apply(current, -1)
              undue(key, current)
              outcome = 2
            end
          end
          if outcome > 0 then
            apply(ARGV[a + 1], 1)
            due(key, ARGV[a + 1], ARGV[a + 8])
            records[key] = ARGV[a + 1]
            dirty[key] = true
            closedAt[key] = ARGV[a + 3]
            names[ARGV[a + 4]] = ARGV[a + 5]
            names[ARGV[a + 6]] = ARGV[a + 7]
            applied = applied + 1
            ranks[i] = applied
          else
            records[key] = current
            ranks[i] = 0
          end
          kinds[i] = outcome
        end
        for field, name in pairs(names) do redis.call('HSETNX', N, field, name) end
        local changed, order = {}, {}
        for _, hash in ipairs({ A, D }) do
          for field, d in pairs(inc[hash]) do
            if d ~= 0 then
              local value = redis.call('HINCRBY', hash, field, d)
              local m = meta[hash][field]
              local c = changed[m[1]]
              if not c then c = {}; changed[m[1]] = c; order[#order + 1] = m[1] end
              c[#c + 1] = m[2]
              c[#c + 1] = value
            end
          end
        end
        if applied > 0 and not changed['city'] then changed['city'] = {}; order[#order + 1] = 'city' end
        for key in pairs(dirty) do
          redis.call('SET', key, records[key])
          if closedAt[key] ~= '-' then redis.call('ZADD', C, closedAt[key], key) else redis.call('ZREM', C, key) end
        end
        local changes = {}
        for _, fig in ipairs(order) do
          local entry = { fig, redis.call('HINCRBY', V, fig, 1), '' }
          if string.sub(fig, 1, 5) == 'dept:' or string.sub(fig, 1, 8) == 'service:' then
            entry[3] = redis.call('HGET', N, fig) or ''
          end
          for _, x in ipairs(changed[fig]) do entry[#entry + 1] = x end
          changes[#changes + 1] = entry
        end
        local last = applied > 0 and redis.call('INCRBY', SEQ, applied) or tonumber(redis.call('GET', SEQ) or '0')
        local first = last - applied
        local answers = {}
        for i = 1, n do
          answers[2 * i - 1] = kinds[i]
          answers[2 * i] = ranks[i] > 0 and first + ranks[i] or last
        end
        local breachVersion = 0
        if breachMoved then
          for g, d in pairs(breach) do
            if d ~= 0 and redis.call('HINCRBY', BC, g, d) <= 0 then redis.call('HDEL', BC, g) end
          end
          breachVersion = redis.call('INCR', BV)
        end
        return { answers, first, last, changes, breachVersion }
        """;

    /// <summary>
    /// One figure, consistently: KEYS seq, all-time, days, versions, names; ARGV figure, day.
    /// Returns { sequence, version, name, {r, c}, {day r, day c, q0 … q95} }.
    /// </summary>
    public const string ReadFigure = """
        local fig, day = ARGV[1], ARGV[2]
        local fields = { day .. '|' .. fig .. '|r', day .. '|' .. fig .. '|c' }
        for s = 0, 95 do fields[#fields + 1] = day .. '|' .. fig .. '|q' .. s end
        return {
          redis.call('GET', KEYS[1]) or '0',
          redis.call('HGET', KEYS[4], fig) or '0',
          redis.call('HGET', KEYS[5], fig) or '',
          redis.call('HMGET', KEYS[2], fig .. '|r', fig .. '|c'),
          redis.call('HMGET', KEYS[3], unpack(fields))
        }
        """;

    /// <summary>
    /// Every figure whose key starts with ARGV[1] ('' for all), consistently, with the quarter-hours of the figure
    /// ARGV[3] ('' for none): KEYS seq, all-time, days, versions, names; ARGV prefix, day, charted figure.
    /// Returns { sequence, { {figure, version, name, r, c, day r, day c}, ... }, {q0 … q95} }.
    /// </summary>
    public const string ReadFigures = """
        local prefix, day, charted = ARGV[1], ARGV[2], ARGV[3]
        local all = redis.call('HGETALL', KEYS[4])
        local out = {}
        for i = 1, #all, 2 do
          local fig = all[i]
          if string.sub(fig, 1, #prefix) == prefix then
            local a = redis.call('HMGET', KEYS[2], fig .. '|r', fig .. '|c')
            local d = redis.call('HMGET', KEYS[3], day .. '|' .. fig .. '|r', day .. '|' .. fig .. '|c')
            out[#out + 1] = { fig, all[i + 1], redis.call('HGET', KEYS[5], fig) or '', a[1] or '0', a[2] or '0', d[1] or '0', d[2] or '0' }
          end
        end
        local q = {}
        if charted ~= '' then
          local fields = {}
          for s = 0, 95 do fields[#fields + 1] = day .. '|' .. charted .. '|q' .. s end
          local values = redis.call('HMGET', KEYS[3], unpack(fields))
          for s = 1, 96 do q[s] = values[s] or '0' end
        end
        return { redis.call('GET', KEYS[1]) or '0', out, q }
        """;

    /// <summary>
    /// Retention: deletes the given request records (KEYS after the fixed six) that are still closed and whose close
    /// time (the score in the closed set) is at or before ARGV[1]. A record reopened meanwhile is kept. Returns the count.
    /// </summary>
    public const string Expire = """
        local removed = 0
        for i = 7, #KEYS do
          local score = redis.call('ZSCORE', KEYS[6], KEYS[i])
          if score and tonumber(score) <= tonumber(ARGV[1]) then
            redis.call('DEL', KEYS[i])
            redis.call('ZREM', KEYS[6], KEYS[i])
            removed = removed + 1
          end
        end
        return removed
        """;
}
