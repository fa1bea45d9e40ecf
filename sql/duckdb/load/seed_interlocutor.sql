INSERT INTO dim.interlocutor (interlocutor_key, label) VALUES (@key, @label);
