-- What a project's budget figure rests on, when its producer says (projects-service's addition to the contract,
-- budgetNote of ProjectProposed and ProjectApproved): shown with the budget in the country profile.
ALTER TABLE fund_project ADD COLUMN budget_note text;
