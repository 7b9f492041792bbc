/**
 * @ladder/competencies: the national frameworks as versioned data, Ladder's
 * crosswalk between them, the AfC pay scales, their schema validation, the
 * 1EdTech CASE exchange and the built-in catalogue Ladder ships. Pure data and
 * functions; no I/O.
 */
export * from './model';
export * from './somerset-assessed-competencies';
export * from './pay-scales/afc-2020-21';
export * from './frameworks/somerset/somerset-2021';
export * from './frameworks/nhse-splw/nhse-splw';
export * from './frameworks/wales-sp/wales-sp-2023';
export * from './crosswalk/crosswalk';
export * from './validation';
export * from './case';
export * from './views';
export * from './catalogue';
