int second_compare = (char *)0 == (int *)0;
