// reads endpoint, fetch, actor, registration and activityId from the launch URL
