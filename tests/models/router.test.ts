import { describe, expect, it } from 'vitest';
import { parseRoute, type Route, routeHref } from '../../lib/models/router';

describe('routes', () => {
  it.each<[string, Route]>([
    ['', { name: 'chats' }],
    ['#/', { name: 'chats' }],
    ['#/chat/abc-1', { name: 'chat', id: 'abc-1' }],
    ['#/chat/', { name: 'chats' }],
    ['#/case/northwind-energy.com', { name: 'case', key: 'northwind-energy.com' }],
    ['#/case/https%3A%2F%2Fshop.example.com', { name: 'case', key: 'https://shop.example.com' }],
    ['#/cases', { name: 'cases' }],
    ['#/settings', { name: 'settings' }],
    ['#/tools', { name: 'tools' }],
    ['#/nonsense/x', { name: 'chats' }],
    ['#/chat/%E0%A4%A', { name: 'chat', id: '%E0%A4%A' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });
  it.each<Route>([
    { name: 'chat', id: 'a/b c' },
    { name: 'case', key: 'https://x.example' },
    { name: 'settings' },
    { name: 'cases' },
  ])('round-trips %j', (r) => {
    expect(parseRoute(routeHref(r))).toEqual(r);
  });
});
