import * as migration_20261127_212836_initial from './20261127_212836_initial';
import * as migration_20261127_223144_catalogue_numbering from './20261127_223144_catalogue_numbering';

export const migrations = [
  {
    up: migration_20261127_212836_initial.up,
    down: migration_20261127_212836_initial.down,
    name: '20261127_212836_initial',
  },
  {
    up: migration_20261127_223144_catalogue_numbering.up,
    down: migration_20261127_223144_catalogue_numbering.down,
    name: '20261127_223144_catalogue_numbering'
  },
];
