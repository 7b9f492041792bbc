import { strictMock } from './strict-mock';

interface Repository {
  find(id: string): Promise<string | null>;
  save(value: string): Promise<void>;
}

describe('strictMock', () => {
  it('runs a stubbed method and records its calls', async () => {
    const repository = strictMock<Repository>('Repository', { find: async (id) => `found ${id}` });
    await expect(repository.find('a')).resolves.toBe('found a');
    expect(repository.find).toHaveBeenCalledWith('a');
  });

  it('throws, naming the method, when an unstubbed method is called', () => {
    const repository = strictMock<Repository>('Repository');
    expect(() => repository.save('x')).toThrow('Repository.save was called, but the test did not stub it');
  });

  it('lets a test give an unstubbed method behaviour later', async () => {
    const repository = strictMock<Repository>('Repository');
    repository.save.mockResolvedValue(undefined);
    await expect(repository.save('x')).resolves.toBeUndefined();
  });

  it('is not mistaken for a promise when awaited', async () => {
    const repository = strictMock<Repository>('Repository');
    await expect(Promise.resolve(repository)).resolves.toBe(repository);
  });
});
