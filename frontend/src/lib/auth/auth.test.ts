import { describe, expect, it } from 'vitest';
import { readAccessClaims } from './auth';

const token = (payload: object) =>
  `header.${btoa(JSON.stringify(payload)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}.signature`;

describe('reading the access token', () => {
  it('finds Pakt realm roles and the municipality key', () => {
    const claims = readAccessClaims(
      token({
        realm_access: { roles: ['municipality', 'offline_access', 'default-roles-pakt'] },
        municipality_key: '08437078',
      }),
    );
    expect(claims).toEqual({ roles: ['municipality'], municipalityKey: '08437078' });
  });

  it('gives no roles for a missing or broken token', () => {
    expect(readAccessClaims(undefined).roles).toEqual([]);
    expect(readAccessClaims('not-a-token').roles).toEqual([]);
  });
});
