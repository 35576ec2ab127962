select note from kept
