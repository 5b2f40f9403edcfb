import { Testing } from 'cdk8s';
import { ExposedService, ThreeTierApp } from '../../src';
import { IMAGE_WARNING, unpinnedImageProblem, warningsOf, warnIfUnpinnedImage } from '../../src/validation/image';

describe('image pinning |', () => {
  test.each([
    ['nginx', 'no tag'],
    ['nginx:latest', 'latest tag'],
    ['ghcr.io/acme/api', 'no tag'],
    ['localhost:5000/api', 'no tag'],
    ['localhost:5000/api:latest', 'latest tag'],
  ])('%s is unpinned (%s)', (image, problem) => {
    expect(unpinnedImageProblem(image)).toContain(problem);
  });

  test.each(['nginx:1.27', 'localhost:5000/api:1.4.2', 'nginx@sha256:0123abcd', 'nginx:latest@sha256:0123abcd', 'mysql:8.4'])('%s is pinned', (image) => {
    expect(unpinnedImageProblem(image)).toBeUndefined();
  });

  test('the warning names the path, the field, the image and the fix, and is construct metadata', () => {
    // GIVEN
    const chart = Testing.chart();
    // WHEN
    const message = warnIfUnpinnedImage(chart, 'image', 'nginx');
    // THEN
    expect(message).toBe('test: unpinned image "nginx": it has no tag (so it means :latest), which can change on every pull; pin a version such as "nginx:1.2.3" or a digest "nginx@sha256:..."');
    expect(chart.node.metadata.filter((m) => m.type === IMAGE_WARNING).map((m) => m.data)).toEqual([message]);
  });

  test('ExposedService and ThreeTierApp warn at their image props, not for pinned images', () => {
    // GIVEN
    const chart = Testing.chart();
    // WHEN
    new ExposedService(chart, 'web', { image: 'nginx:latest', host: 'example.com' });
    new ExposedService(chart, 'pinned', { image: 'nginx:1.27', host: 'pinned.example.com' });
    new ThreeTierApp(chart, 'shop', {
      host: 'shop.example.com', frontend: { image: 'nginx:1.27' }, backend: { image: 'api' }, database: { image: 'mysql' },
    });
    // THEN
    expect(warningsOf(chart).map((w) => w.split(': ')[0] + ' ' + w.split('"')[1])).toEqual([
      'test/web nginx:latest', 'test/shop api', 'test/shop mysql',
    ]);
    expect(warningsOf(chart)[1]).toContain('test/shop: unpinned backend.image "api"');
  });

  test('the warning is printed to stderr at synth, once per message, and the manifest is unchanged', () => {
    // GIVEN
    const chart = Testing.chart();
    new ExposedService(chart, 'web', { image: 'registry.example/unpinned-once', host: 'example.com' });
    const writes: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((s: any) => { writes.push(String(s)); return true; });
    try {
      // WHEN
      const first = Testing.synth(chart);
      const second = Testing.synth(chart);
      // THEN
      expect(writes.filter((w) => w.includes('unpinned-once'))).toEqual([
        'warning: test/web: unpinned image "registry.example/unpinned-once": it has no tag (so it means :latest), which can change on every pull; pin a version such as "registry.example/unpinned-once:1.2.3" or a digest "registry.example/unpinned-once@sha256:..."\n',
      ]);
      expect(second).toEqual(first);
      expect(first.find((o) => o.kind === 'Deployment').spec.template.spec.containers[0].image).toBe('registry.example/unpinned-once');
    } finally {
      spy.mockRestore();
    }
  });
});
