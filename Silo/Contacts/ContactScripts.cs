namespace Philly311.Ops.Silo.Contacts;

/// <summary>
/// The Lua that counts contact and agent events exactly once (see CONTACT-RULES.md). Redis runs each script
/// atomically, so the idempotency check, the per-contact state, the counters, the waiting sets and the figure versions
/// move as one step however many silos send the same event. Every key is declared in KEYS and carries the counters'
/// hash tag. Counter fields: <c>{day}|{figure}|{counter}</c> and <c>…@{slot}</c> per 15 minutes, counters
/// o offered, a answered, ab abandoned, sn/si service-level contacts / within T, ws/wn wait ms / waits, hs/hn handle ms / handles.
/// </summary>
internal static class ContactScripts
{
    /// <summary>
    /// KEYS: seq, days, versions, queues set, then per event: seen key, contact record, waiting set of its queue, channel, city.
    /// ARGV: now ms, max wait ms, record ttl s, max queues, then per event: contact, type, queue, channel, agent, at ms, day, slot, T ms.
    /// Returns { {code1, seq1, ...}, seq before, seq after, changes } with code 0 duplicate, 1 counted, 2 stored but nothing
    /// to count, 4 queue cap reached, 5 channel differs from the contact's; each change is
    /// { figure, version, waiting, oldest ms or -1, field, value, ... } with the new absolute value of every changed field.
    /// </summary>
    public const string ApplyContacts = """
        local SEQ, D, V, Q = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
        local now, maxWait, ttl, maxQueues = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
        local n = (#KEYS - 4) / 5
        local before = tonumber(redis.call('GET', SEQ) or '0')
        local touched, order, zsetOf = {}, {}, {}
        local function int(x) return string.format('%d', x) end
        local function touch(fig, zkey)
          if touched[fig] == nil then touched[fig] = {}; order[#order + 1] = fig; zsetOf[fig] = zkey end
        end
        -- Deltas are summed per field and written once per batch: a surge's batch touches a few hundred fields, not thousands of times.
        local pending = {}
        local figs
        local function bump(day, slot, counter, d)
          for _, fig in ipairs(figs) do
            local short = day .. '|' .. counter
            local field = day .. '|' .. fig .. '|' .. counter
            local sfield = field .. '@' .. slot
            pending[field] = (pending[field] or 0) + d
            pending[sfield] = (pending[sfield] or 0) + d
            touched[fig][short] = field
            touched[fig][short .. '@' .. slot] = sfield
          end
        end
        local outcomes = {}
        for i = 1, n do
          local k, a = 4 + (i - 1) * 5, 4 + (i - 1) * 9
          local E, R = KEYS[k + 1], KEYS[k + 2]
          local zkeys = { KEYS[k + 3], KEYS[k + 4], KEYS[k + 5] }
          local contact, typ, queue, channel, agent = ARGV[a + 1], ARGV[a + 2], ARGV[a + 3], ARGV[a + 4], ARGV[a + 5]
          local at, day, slot, T = ARGV[a + 6], ARGV[a + 7], ARGV[a + 8], tonumber(ARGV[a + 9])
          local member = queue .. '|' .. contact
          local code
          if redis.call('EXISTS', E) == 1 then
            code = 0
          else
            local known = redis.call('SISMEMBER', Q, queue) == 1
            if not known and redis.call('SCARD', Q) >= maxQueues then
              code = 4
            else
              local raw = redis.call('HGETALL', R)
              local r = {}
              for j = 1, #raw, 2 do r[raw[j]] = raw[j + 1] end
              if r.ch and r.ch ~= channel then
                code = 5
              else
                if not known then redis.call('SADD', Q, queue) end
                r.ch = channel
                figs = { 'queue:' .. queue, 'queues:channel:' .. channel, 'queues' }
                local function unwait() for _, z in ipairs(zkeys) do redis.call('ZREM', z, member) end end
                local function offeredOnce()
                  if not r.od then bump(day, slot, 'o', 1); r.od = day; r.os = slot end
                end
                local function countWait()
                  if r.w or not r.ot then return end
                  if r.at then
                    local wait = math.max(0, tonumber(r.at) - tonumber(r.ot))
                    bump(r.ad, r.as, 'sn', 1)
                    if wait <= T then bump(r.ad, r.as, 'si', 1) end
                    bump(r.ad, r.as, 'ws', wait)
                    bump(r.ad, r.as, 'wn', 1)
                    r.w = '1'
                  elseif r.bt then
                    local wait = math.max(0, tonumber(r.bt) - tonumber(r.ot))
                    if wait > T then bump(r.bd, r.bs, 'sn', 1) end
                    r.w = '1'
                  end
                end
                local function countHandle()
                  if r.h or not r.at or not r.ct then return end
                  bump(r.cd, r.cs, 'hs', math.max(0, tonumber(r.ct) - tonumber(r.at)))
                  bump(r.cd, r.cs, 'hn', 1)
                  r.h = '1'
                end
                for z = 1, 3 do touch(figs[z], zkeys[z]) end
                code = 1
                if typ == 'offered' then
                  if r.ot then code = 2 else
                    r.ot = at
                    if r.od then
                      if r.od ~= day or r.os ~= slot then bump(r.od, r.os, 'o', -1); bump(day, slot, 'o', 1) end
                    else
                      bump(day, slot, 'o', 1)
                    end
                    r.od = day; r.os = slot
                    if not r.ad and not r.bd then
                      for _, z in ipairs(zkeys) do redis.call('ZADD', z, at, member) end
                    end
                    countWait()
                  end
                elseif typ == 'answered' then
                  if r.at or r.bd then code = 2 else
                    r.at = at; r.ag = agent
                    unwait()
                    offeredOnce()
                    if r.ad then
                      if r.ad ~= day or r.as ~= slot then bump(r.ad, r.as, 'a', -1); bump(day, slot, 'a', 1) end
                    else
                      bump(day, slot, 'a', 1)
                    end
                    r.ad = day; r.as = slot
                    countWait()
                    countHandle()
                  end
                elseif typ == 'abandoned' then
                  if r.bt or r.ad then code = 2 else
                    r.bt = at
                    unwait()
                    offeredOnce()
                    bump(day, slot, 'ab', 1)
                    r.bd = day; r.bs = slot
                    countWait()
                  end
                else
                  if r.ct or r.bd then code = 2 else
                    r.ct = at; r.cd = day; r.cs = slot; r.ck = typ
                    if agent ~= '' then r.cg = agent end
                    unwait()
                    offeredOnce()
                    if not r.ad then bump(day, slot, 'a', 1); r.ad = day; r.as = slot end
                    countHandle()
                  end
                end
                local flat = {}
                for f, v in pairs(r) do flat[#flat + 1] = f; flat[#flat + 1] = v end
                redis.call('HSET', R, unpack(flat))
                redis.call('EXPIRE', R, ttl)
                redis.call('SET', E, typ, 'EX', ttl)
              end
            end
          end
          local seq = 0
          if code == 1 or code == 2 then seq = redis.call('INCR', SEQ) end
          outcomes[#outcomes + 1] = code
          outcomes[#outcomes + 1] = seq
        end
        local changes = {}
        local cutoff = '(' .. int(now - maxWait)
        for _, fig in ipairs(order) do
          local z = zsetOf[fig]
          redis.call('ZREMRANGEBYSCORE', z, '-inf', cutoff)
          local oldest = redis.call('ZRANGE', z, 0, 0, 'WITHSCORES')
          local entry = { fig, redis.call('HINCRBY', V, fig, 1), redis.call('ZCARD', z), oldest[2] and int(tonumber(oldest[2])) or '-1' }
          for short, field in pairs(touched[fig]) do
            local d = pending[field]
            local value
            if d ~= nil and d ~= 0 then value = redis.call('HINCRBY', D, field, int(d)) else value = tonumber(redis.call('HGET', D, field) or '0') end
            pending[field] = 0
            entry[#entry + 1] = short
            entry[#entry + 1] = value
          end
          changes[#changes + 1] = entry
        end
        return { outcomes, before, tonumber(redis.call('GET', SEQ) or '0'), changes }
        """;

    /// <summary>
    /// KEYS: seq, versions, agents hash (agent → "at ms|state|q1,q2"), agent counts (<c>{figure}|{state}</c>), queues set.
    /// ARGV: max queues, then per event: agent, state, queues (comma-joined slugs), at ms.
    /// Returns like <see cref="ApplyContacts"/>; codes 0 duplicate, 1 applied, 3 stale (older than the held state), 4 queue cap;
    /// each change is { figure, version, -1, -1, 'ag|{state}', count, ... } for all five states.
    /// </summary>
    public const string ApplyAgents = """
        local SEQ, V, AG, AN, Q = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]
        local maxQueues = tonumber(ARGV[1])
        local n = (#ARGV - 1) / 4
        local states = { 'available', 'on_contact', 'after_contact_work', 'break', 'offline' }
        local before = tonumber(redis.call('GET', SEQ) or '0')
        local touched, order = {}, {}
        local function split(s)
          local t = {}
          for q in string.gmatch(s, '[^,]+') do t[#t + 1] = q end
          return t
        end
        local function move(fig, state, d)
          if touched[fig] == nil then touched[fig] = true; order[#order + 1] = fig end
          redis.call('HINCRBY', AN, fig .. '|' .. state, d)
        end
        local outcomes = {}
        for i = 1, n do
          local a = 1 + (i - 1) * 4
          local agent, state, queues, at = ARGV[a + 1], ARGV[a + 2], ARGV[a + 3], tonumber(ARGV[a + 4])
          local code
          local cur = redis.call('HGET', AG, agent)
          local at0, st0, qs0
          if cur then
            local p1 = string.find(cur, '|', 1, true)
            local p2 = string.find(cur, '|', p1 + 1, true)
            at0, st0, qs0 = tonumber(string.sub(cur, 1, p1 - 1)), string.sub(cur, p1 + 1, p2 - 1), string.sub(cur, p2 + 1)
            if at < at0 then code = 3 elseif at == at0 and st0 == state and qs0 == queues then code = 0 end
          end
          local list = split(queues)
          if code == nil then
            local fresh = {}
            for _, q in ipairs(list) do if redis.call('SISMEMBER', Q, q) == 0 then fresh[#fresh + 1] = q end end
            if #fresh > 0 and redis.call('SCARD', Q) + #fresh > maxQueues then code = 4 end
            if code == nil then
              for _, q in ipairs(fresh) do redis.call('SADD', Q, q) end
              if cur then
                for _, q in ipairs(split(qs0)) do move('queue:' .. q, st0, -1) end
                move('queues', st0, -1)
              end
              for _, q in ipairs(list) do move('queue:' .. q, state, 1) end
              move('queues', state, 1)
              redis.call('HSET', AG, agent, string.format('%d', at) .. '|' .. state .. '|' .. queues)
              code = 1
            end
          end
          local seq = 0
          if code == 1 then seq = redis.call('INCR', SEQ) end
          outcomes[#outcomes + 1] = code
          outcomes[#outcomes + 1] = seq
        end
        local changes = {}
        for _, fig in ipairs(order) do
          local entry = { fig, redis.call('HINCRBY', V, fig, 1), -1, '-1' }
          for _, s in ipairs(states) do
            entry[#entry + 1] = 'ag|' .. s
            entry[#entry + 1] = tonumber(redis.call('HGET', AN, fig .. '|' .. s) or '0')
          end
          changes[#changes + 1] = entry
        end
        return { outcomes, before, tonumber(redis.call('GET', SEQ) or '0'), changes }
        """;

    /// <summary>
    /// One figure's day as Redis has it. KEYS: seq, days, versions, agent counts, queues set, the figure's waiting set.
    /// ARGV: figure, day, cutoff ms (waits older than this are lost contacts, see CONTACT-RULES.md), then the counters.
    /// Returns { seq, version, waiting, oldest ms or -1, {values: per counter the day total then 96 slots}, {agents}, {queues} }.
    /// </summary>
    public const string ReadQueue = """
        local SEQ, D, V, AN, Q, W = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6]
        local fig, day, cutoff = ARGV[1], ARGV[2], '(' .. ARGV[3]
        local fields = {}
        for i = 4, #ARGV do
          local base = day .. '|' .. fig .. '|' .. ARGV[i]
          fields[#fields + 1] = base
          for s = 0, 95 do fields[#fields + 1] = base .. '@' .. s end
        end
        local values = redis.call('HMGET', D, unpack(fields))
        local agents = {}
        for _, s in ipairs({ 'available', 'on_contact', 'after_contact_work', 'break', 'offline' }) do
          agents[#agents + 1] = tonumber(redis.call('HGET', AN, fig .. '|' .. s) or '0')
        end
        local oldest = redis.call('ZRANGEBYSCORE', W, cutoff, '+inf', 'WITHSCORES', 'LIMIT', 0, 1)
        local queues = {}
        if fig == 'queues' then queues = redis.call('SMEMBERS', Q) end
        return { tonumber(redis.call('GET', SEQ) or '0'), tonumber(redis.call('HGET', V, fig) or '0'),
          redis.call('ZCOUNT', W, cutoff, '+inf'), oldest[2] and string.format('%d', tonumber(oldest[2])) or '-1', values, agents, queues }
        """;
}
