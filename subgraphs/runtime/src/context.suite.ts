import { byIds, groupedByKey } from './context';

describe('loader helpers', () => {
  it('orders rows to match the requested ids, null where missing', () => {
    const rows = [{ id: 'b' }, { id: 'a' }];
    expect(byIds(['a', 'x', 'b', 'a'], rows)).toEqual([{ id: 'a' }, null, { id: 'b' }, { id: 'a' }]);
  });

  it('groups rows under each key, empty where none', () => {
    const rows = [
      { owner: '1', n: 1 },
      { owner: '2', n: 2 },
      { owner: '1', n: 3 },
    ];
    expect(groupedByKey(['1', '3', '2'], rows, (r) => r.owner)).toEqual([[rows[0], rows[2]], [], [rows[1]]]);
  });
});
