import { describe, expect, it } from 'vitest';
import { matchPatternOf, originOf } from '../../../src/background/sites';

describe('site addresses the user types', () => {
  it('keeps only the origin, adding https:// when left out', () => {
    expect(originOf('https://help.acme.com/scp/tickets.php?id=3')).toBe('https://help.acme.com');
    expect(originOf('  help.acme.com ')).toBe('https://help.acme.com');
    expect(originOf('http://10.0.0.5:8080/support')).toBe('http://10.0.0.5:8080');
  });

  it('refuses what is not a web address', () => {
    for (const bad of ['', 'ftp://files.acme.com', 'javascript:alert(1)', 'https://', 'not a url at all']) expect(originOf(bad), bad).toBeNull();
  });

  it('turns an origin into a match pattern for the permission request (ports are not part of patterns)', () => {
    expect(matchPatternOf('https://help.acme.com')).toBe('https://help.acme.com/*');
    expect(matchPatternOf('http://10.0.0.5:8080')).toBe('http://10.0.0.5/*');
  });
});
