import { expect, test } from 'vitest'

import { parseTrustProxy } from './trustProxy'

const CASES: Array<[label: string, text: string, expected: unknown]> = [
  ['the default: proxies on this machine', 'loopback', { value: ['loopback'] }],
  ['one load balancer in front', '1', { value: 1 }],
  ['two hops', '2', { value: 2 }],
  ['nothing trusted', 'off', { value: false }],
  ['false', 'false', { value: false }],
  ['an address range and a name', '10.0.0.0/8, loopback', { value: ['10.0.0.0/8', 'loopback'] }],
  ['an address with a netmask', '10.1.0.0/255.255.0.0', { value: ['10.1.0.0/255.255.0.0'] }],
  ['an IPv6 range', 'fd00::/8', { value: ['fd00::/8'] }],
  ['one address', '192.0.2.10', { value: ['192.0.2.10'] }],
]

test.each(CASES)('%s', (_label, text, expected) => {
  expect(parseTrustProxy(text)).toEqual(expected)
})

test.each([
  ['true, which lets any client name its address', 'true', /would trust any client/],
  ['a host name', 'lb.example.org', /"lb.example.org" is none of these/],
  ['a prefix too long', '10.0.0.0/33', /"10.0.0.0\/33" is none of these/],
  ['nothing', ' , ', /is none of these/],
])('refuses %s', (_label, text, expected) => {
  const parsed = parseTrustProxy(text)
  expect('problem' in parsed && parsed.problem).toMatch(expected)
})
