// The values of app number i, shared by every column: the README's ThreeTierApp
// (frontend -> backend -> in-cluster database) with its default ports and images.

/** Values of one three-tier app. */
export interface AppSpec {
  /** Construct id and app name; tiers are `<name>-frontend`, `-backend`, `-database`. */
  readonly name: string;
  readonly host: string;
  readonly frontendImage: string;
  readonly backendImage: string;
  readonly databaseImage: string;
}

/** The ports ThreeTierApp uses by default (issue 3's table). */
export const PORTS = { frontend: 80, backend: 3000, database: 3306 };

/** App number `i` (0-based). */
export function appSpec(i: number): AppSpec {
  const name = `app${i}`;
  return {
    name,
    host: `${name}.example.com`,
    frontendImage: 'nginx:1.27',
    backendImage: 'ghcr.io/acme/api:1.4.2',
    databaseImage: 'mysql:8.4',
  };
}
