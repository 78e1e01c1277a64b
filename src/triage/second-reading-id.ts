/** The id of the rule the second reading shows as (./second-reading.ts); the policy schema keeps a team's rules off it. */
export const SECOND_READING_ID = 'second-reading';
