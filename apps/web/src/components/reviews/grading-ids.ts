/** The id of the keyboard help (<GradingKeys>); one grading panel per page. */
export const gradingKeysId = "grading-keys";
